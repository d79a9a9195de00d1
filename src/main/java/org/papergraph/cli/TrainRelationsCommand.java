package org.papergraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.papergraph.eval.SciercDocument;
import org.papergraph.eval.ScoreReport;
import org.papergraph.extract.SciSpan;
import org.papergraph.extract.ScientificModels;
import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.MemoizedAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.nlp.TextAnnotator;
import org.papergraph.train.HeldOutSpanFile;
import org.papergraph.train.HeldOutSpans;
import org.papergraph.train.NerTrainer;
import org.papergraph.train.RelationCrossValidation;
import org.papergraph.train.RelationTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-relations",
        header = "Trains the relation classifier from SciERC.",
        description = {
                "Trains the relation classifier (a CoreNLP linear classifier over pairs of mentions of one",
                "sentence, SciERC's seven types) with the settings of models/scierc-relations.properties,",
                "and writes the model build and eval load. It learns from SciERC's gold mentions and from the",
                "mentions the entity tagger finds in each document when trained on the others: first it",
                "trains heldOutFolds entity taggers (shipped entity settings: the CRF and its boundary",
                "model), each on the other folds. About 20 minutes and 3 GB with 5 folds; under a minute",
                "with heldOutFolds=0, or when --held-out-spans names the file of an earlier run with the same",
                "training file and entity settings. --entity-settings trains the held-out taggers with other",
                "entity settings (those a model of train-ner --settings was trained with). --cross-validate",
                "measures the settings on the training file instead of writing a model."},
        footer = {"", "Examples:", "  papergraph train-relations --scierc ../shared/scierc/train.json",
                "  papergraph train-relations --scierc ../shared/scierc/train.json --held-out-spans target/spans.bin"
                        + " --cross-validate", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class TrainRelationsCommand implements Callable<Integer> {

    @Option(names = "--scierc", required = true, paramLabel = "FILE", description = "SciERC training file (train.json).")
    private Path training;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings (default: the shipped " + ScientificModels.RELATION_SETTINGS + ").")
    private Path settings;

    @Option(names = "--entity-settings", paramLabel = "FILE",
            description = "Entity settings of the held-out taggers and their span threshold (default: the shipped "
                    + ScientificModels.ENTITY_SETTINGS + "). Use the settings a model of train-ner --settings was"
                    + " trained with, so that the classifier learns from spans like the ones it will meet.")
    private Path entitySettings;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/models/scierc-relations.ser.gz",
            description = "Where to write the gzipped model (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--held-out-spans", paramLabel = "FILE",
            description = "Keep the held-out entity spans in FILE: reuse them if FILE was written for the same"
                    + " training file, entity settings, folds and draw, else compute them and write FILE. For trying"
                    + " relation settings without retraining the entity taggers each time.")
    private Path heldOutSpanFile;

    @Option(names = "--cross-validate",
            description = "Write no model: relate each of the heldOutFolds folds of the training file with a classifier"
                    + " trained on the other folds, and print the entity scores of its held-out entity spans and the"
                    + " relation scores on those spans and on its gold mentions (about 2 minutes after the held-out"
                    + " spans). A steadier yardstick for entity and relation settings than the 811 mentions and 455"
                    + " relations of SciERC dev.")
    private boolean crossValidate;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        SettingsFile relationSettings = SettingsFile.load(settings, ScientificModels.RELATION_SETTINGS, "--settings");
        double sigma = relationSettings.number("sigma", 1.0, x -> x > 0, "a number above 0");
        int folds = relationSettings.wholeNumber("heldOutFolds", 0, 0);
        int draw = relationSettings.wholeNumber("heldOutDraw", 1, 1);
        if (crossValidate && folds < 2) {
            throw new UserError(ExitCodes.USAGE, "--cross-validate needs heldOutFolds=2 or more in "
                    + relationSettings.source() + " (it has " + folds + "): the folds are those of the held-out spans");
        }
        SettingsFile nerSettings = SettingsFile.load(entitySettings, ScientificModels.ENTITY_SETTINGS, "--entity-settings");
        double spanThreshold = nerSettings.number(ScientificModels.SPAN_THRESHOLD, 0, x -> x >= 0 && x < 1,
                "a probability from 0 up to (not including) 1");
        var documents = AnnotationFiles.scierc(training);
        // Each document is annotated once, though the folds' CRFs and the classifier all read it.
        TextAnnotator annotator = new MemoizedAnnotator(new CoreNlpAnnotator(NlpSettings.DEFAULT));
        List<List<List<SciSpan>>> predicted = List.of();
        if (folds > 1) {
            predicted = heldOutSpans(documents, folds, draw, nerSettings.properties(), spanThreshold, annotator);
        }
        if (crossValidate) {
            return crossValidate(documents, predicted, folds, draw, sigma, relationSettings, annotator);
        }
        System.err.printf(Locale.ROOT, "Training the relation classifier on %d SciERC documents (about 15-60 seconds)...%n", documents.size());
        var classifier = new RelationTrainer(annotator).train(documents, predicted, sigma);
        RelationTrainer.write(classifier, out);
        System.out.printf(Locale.ROOT, "Trained on %d documents in %.0f s; wrote %s (%d KB)%n", documents.size(),
                (System.nanoTime() - start) / 1e9, out, Files.size(out) / 1024);
        return ExitCodes.OK;
    }

    private int crossValidate(List<SciercDocument> documents, List<List<List<SciSpan>>> predicted, int folds, int draw,
                              double sigma, SettingsFile relationSettings, TextAnnotator annotator) {
        double noneWeight = relationSettings.number("noneWeight", 1.0, x -> x > 0, "a number above 0");
        var result = new RelationCrossValidation(annotator).run(documents, predicted, folds, draw, sigma, noneWeight,
                fold -> System.err.printf(Locale.ROOT, "  fold %d of %d: training the relation classifier on the other folds...%n",
                        fold, folds));
        System.out.printf(Locale.ROOT, "Cross-validated on %d SciERC documents, %d folds, noneWeight %s%n%n",
                documents.size(), folds, noneWeight);
        ScoreReport.printTable("Held-out entity spans (each fold tagged by the entity CRFs trained on the other folds)",
                result.heldOutSpans().entity(), System.out);
        ScoreReport.printTable("Relations on the held-out entity spans (as on new text, without relation-confirmed spans)",
                result.heldOutSpans().relation(), System.out);
        ScoreReport.printTable("Relations on the gold mentions", result.goldMentions().relation(), System.out);
        return ExitCodes.OK;
    }

    /** The held-out spans of the draw: from --held-out-spans if it holds them, else computed (and kept there). */
    private List<List<List<SciSpan>>> heldOutSpans(List<SciercDocument> documents, int folds, int draw,
                                                   Properties nerSettings, double threshold,
                                                   TextAnnotator annotator) throws IOException {
        if (heldOutSpanFile == null) {
            return tagHeldOut(documents, folds, draw, nerSettings, threshold, annotator);
        }
        String key = HeldOutSpanFile.key(training, nerSettings, folds, draw, threshold);
        List<Integer> sentenceCounts = documents.stream().map(d -> d.sentences().size()).toList();
        var kept = HeldOutSpanFile.read(heldOutSpanFile, key, sentenceCounts);
        if (kept.isPresent()) {
            System.err.printf(Locale.ROOT, "Reusing the held-out entity spans of %s%n", heldOutSpanFile);
            return kept.get();
        }
        var predicted = tagHeldOut(documents, folds, draw, nerSettings, threshold, annotator);
        HeldOutSpanFile.write(heldOutSpanFile, key, predicted);
        System.err.printf(Locale.ROOT, "Wrote the held-out entity spans to %s%n", heldOutSpanFile);
        return predicted;
    }

    private static List<List<List<SciSpan>>> tagHeldOut(List<SciercDocument> documents, int folds, int draw,
                                                        Properties nerSettings, double threshold,
                                                        TextAnnotator annotator) throws IOException {
        System.err.printf(Locale.ROOT, "Tagging %d SciERC documents with entity CRFs trained on the other %d folds"
                + " (about %d minutes, 3 GB of heap)...%n", documents.size(), folds - 1, folds * 4);
        return new HeldOutSpans(new NerTrainer(annotator), annotator).predict(documents, folds, draw,
                nerSettings, threshold, fold -> System.err.printf(Locale.ROOT,
                        "  fold %d of %d: training the entity tagger on the other folds...%n", fold, folds));
    }
}
