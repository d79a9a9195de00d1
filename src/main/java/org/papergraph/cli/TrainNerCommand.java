package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.papergraph.extract.ScientificModels;
import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.MemoizedAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.nlp.TextAnnotator;
import org.papergraph.train.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-ner",
        header = "Trains the scientific-entity tagger from SciERC.",
        description = {
                "Trains the scientific-entity tagger (a CoreNLP CRF, six SciERC types) from SciERC in DyGIE",
                "json-lines form, with the settings of models/scierc-ner.properties, and writes the model",
                "that build and eval load; then, as the settings ask, its boundary model (the same CRF with",
                "one mention label for every type, mixed in when spans are decoded). Takes about 5-6 minutes and",
                "3 GB of heap."},
        footer = {"", "Example: papergraph train-ner --scierc ../shared/scierc/train.json", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class TrainNerCommand implements Callable<Integer> {

    static final String SETTINGS = "/models/scierc-ner.properties";

    @Option(names = "--scierc", required = true, paramLabel = "FILE", description = "SciERC training file (train.json).")
    private Path training;

    @Option(names = "--settings", paramLabel = "FILE", description = "CRF settings (default: the shipped " + SETTINGS + ").")
    private Path settings;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/models/scierc-ner.crf.ser.gz",
            description = "Where to write the gzipped model (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--boundaries-out", paramLabel = "FILE", defaultValue = "src/main/resources/models/scierc-boundaries.crf.ser.gz",
            description = "Where to write the gzipped boundary model, when the settings use one (default: ${DEFAULT-VALUE}).")
    private Path boundariesOut;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Properties props = SettingsFile.load(settings, SETTINGS, "--settings").properties();
        var documents = AnnotationFiles.scierc(training);
        System.err.printf(Locale.ROOT, "Training the entity CRF on %d SciERC documents (about 2-5 minutes, 3 GB of heap)...%n", documents.size());
        // Each document is annotated once, though both models read it.
        TextAnnotator annotator = new MemoizedAnnotator(new CoreNlpAnnotator(NlpSettings.DEFAULT));
        NerTrainer trainer = new NerTrainer(annotator);
        var crf = trainer.train(documents, props);
        NerTrainer.write(crf, out);
        System.out.printf(Locale.ROOT, "Trained on %d documents in %.0f s; wrote %s (%d KB)%n", documents.size(),
                (System.nanoTime() - start) / 1e9, out, Files.size(out) / 1024);
        if (ScientificModels.usesBoundaryModel(props)) {
            System.err.println("Training the boundary model (one mention label for every type; about 2 minutes)...");
            NerTrainer.write(trainer.trainBoundaries(documents, props), boundariesOut);
            System.out.printf(Locale.ROOT, "Trained the boundary model; %.0f s in all; wrote %s (%d KB)%n",
                    (System.nanoTime() - start) / 1e9, boundariesOut, Files.size(boundariesOut) / 1024);
        }
        return ExitCodes.OK;
    }
}
