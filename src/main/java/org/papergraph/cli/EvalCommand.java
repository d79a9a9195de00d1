package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.papergraph.eval.Prf;
import org.papergraph.eval.ProposalScore;
import org.papergraph.eval.ScoreReport;
import org.papergraph.eval.SciercEvaluation;
import org.papergraph.eval.SciercScores;
import org.papergraph.eval.SeedGold;
import org.papergraph.eval.SeedGoldEvaluation;
import org.papergraph.eval.SeedGoldScorer;
import org.papergraph.extract.EntityTagger;
import org.papergraph.extract.ModelSource;
import org.papergraph.extract.RelationClassifier;
import org.papergraph.extract.ScientificExtractor;
import org.papergraph.extract.ScientificModels;
import org.papergraph.extract.SpanConfirmation;
import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval",
        header = "Measures extraction on SciERC or on the seed annotation.",
        description = {
                "Measures extraction. --scierc runs the production extractor on SciERC (DyGIE json-lines, the",
                "document's own tokens) and prints PURE-style scores: entities (span and type exact), relations",
                "(both argument spans and type exact) and Rel+ (also both argument types), per type and micro,",
                "with where the mistakes are (for relations: how many lacked a predicted argument span).",
                "--seed-gold scores a built database through the named queries against the seed annotation:",
                "papers-using-method.rq per method family (families with at least 3 gold papers) and",
                "papers-proposing.rq."},
        footer = {"", "Examples:", "  papergraph eval --scierc ../shared/scierc/dev.json",
                "  papergraph build data/seeds --db /tmp/seeds && papergraph eval --seed-gold ../shared/gold/seed-dev.jsonl --db /tmp/seeds",
                "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @ArgGroup(multiplicity = "1")
    private What what;

    static final class What {
        @Option(names = "--scierc", paramLabel = "FILE", description = "SciERC file in DyGIE json-lines form.")
        Path scierc;

        @Option(names = "--seed-gold", paramLabel = "FILE", description = "Seed annotation (json-lines) to score the database against.")
        Path seedGold;
    }

    @Option(names = "--span-rules", split = ",", paramLabel = "RULE", hidden = true,
            description = "Span rules to run instead of the production set (to measure each); NONE for none.")
    private java.util.List<String> spanRules;

    @Option(names = "--ner-model", paramLabel = "FILE", description = "Entity model to evaluate instead of the shipped one.")
    private Path nerModel;

    @Option(names = "--boundary-model", paramLabel = "FILE",
            description = "Entity boundary model to mix in instead of the shipped one (train-ner writes both).")
    private Path boundaryModel;

    @Option(names = "--without-boundary-model", hidden = true, description = "Decode entity spans from the entity model alone.")
    private boolean withoutBoundaryModel;

    @Option(names = "--relation-model", paramLabel = "FILE", description = "Relation model to evaluate instead of the shipped one.")
    private Path relationModel;

    @Option(names = "--none-weight", paramLabel = "X", hidden = true, description = "Relation threshold to try instead of the shipped one.")
    private Double noneWeight;

    @Option(names = "--span-threshold", paramLabel = "P", hidden = true,
            description = "Entity span threshold to try instead of the shipped one (0: the CRF's best labelling).")
    private Double spanThreshold;

    @Option(names = "--tentative-threshold", paramLabel = "P", hidden = true,
            description = "Least probability of a span a confident relation may confirm, instead of the shipped one (0: none).")
    private Double tentativeThreshold;

    @Option(names = "--gold-entities", hidden = true, description = "Relate the gold entities (measures the relation layer alone).")
    private boolean goldEntities;

    @Option(names = "--json", description = "Print the scores as JSON (F1 in percent) instead of tables.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        return what.scierc != null ? scierc(what.scierc) : seedGold(what.seedGold);
    }

    private int scierc(Path file) throws Exception {
        var documents = AnnotationFiles.scierc(file);
        long start = System.nanoTime();
        ScientificModels models = ScientificModels.load(
                nerModel == null ? ModelSource.classpath(EntityTagger.RESOURCE, "papergraph train-ner")
                        : modelFile(nerModel, "--ner-model", "train-ner"),
                withoutBoundaryModel ? null : boundaryModel == null ? ScientificModels.shippedBoundaryModel()
                        : modelFile(boundaryModel, "--boundary-model", "train-ner"),
                spanThreshold == null ? ScientificModels.shippedSpanThreshold() : spanThreshold,
                relationModel == null ? ModelSource.classpath(RelationClassifier.RESOURCE, "papergraph train-relations")
                        : modelFile(relationModel, "--relation-model", "train-relations"),
                noneWeight == null ? ScientificModels.shippedNoneWeight() : noneWeight,
                tentativeThreshold == null ? ScientificModels.shippedConfirmation()
                        : new SpanConfirmation(tentativeThreshold, ScientificModels.shippedConfirmation().minRelationProbability()));
        var extractor = spanRules == null ? new ScientificExtractor(models)
                : new ScientificExtractor(models, spanRules.stream().filter(r -> !r.equals("NONE"))
                        .map(org.papergraph.extract.SpanRule::valueOf).collect(java.util.stream.Collectors.toSet()));
        SciercScores scores = new SciercEvaluation(new CoreNlpAnnotator(NlpSettings.DEFAULT), extractor).evaluate(documents, goldEntities);
        if (json) {
            System.out.println(ScoreReport.json(scores));
        } else {
            System.out.printf(Locale.ROOT, "SciERC %s: %d documents, %.0f s%n%n", file, documents.size(),
                    (System.nanoTime() - start) / 1e9);
            ScoreReport.printTables(scores, System.out);
        }
        return ExitCodes.OK;
    }

    private static ModelSource modelFile(Path file, String option, String trainer) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(ExitCodes.USAGE, option + " " + file + " does not exist; give a model that papergraph "
                    + trainer + " wrote (--out), or leave the option out for the shipped one");
        }
        return ModelSource.file(file);
    }

    private int seedGold(Path file) throws Exception {
        SeedGold gold = AnnotationFiles.seedGold(file);
        try (PaperStore store = PaperStore.open(common.database())) {
            SeedGoldScorer.Result result = new SeedGoldEvaluation(store.datasetGraph()).score(gold);
            System.out.println("Method families (papers-using-method.rq), families with >= "
                    + SeedGoldScorer.MIN_GOLD_PAPERS + " gold papers");
            System.out.printf(Locale.ROOT, "  %-26s %6s %6s %6s %4s %4s %4s%n", "family", "P", "R", "F1", "tp", "fp", "fn");
            Prf all = Prf.ZERO;
            for (Map.Entry<String, Prf> e : result.families().entrySet()) {
                Prf s = e.getValue();
                all = all.plus(s);
                System.out.printf(Locale.ROOT, "  %-26s %6.2f %6.2f %6.2f %4d %4d %4d%n", e.getKey(), s.precision(),
                        s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
            }
            System.out.printf(Locale.ROOT, "  %-26s %6.2f %6.2f %6.2f %4d %4d %4d%n", "micro", all.precision(),
                    all.recall(), all.f1(), all.tp(), all.fp(), all.fn());
            ProposalScore p = result.proposes();
            System.out.printf(Locale.ROOT, "%nProposals (papers-proposing.rq): P %.2f (%d/%d)  R %.2f (%d/%d)%n",
                    p.precision(), p.rightPredicted(), p.predicted(), p.recall(), p.foundGold(), p.gold());
            if (common.verbose()) {
                System.out.println();
                result.mistakes().forEach(m -> System.out.println("  " + m));
            }
        }
        return ExitCodes.OK;
    }
}
