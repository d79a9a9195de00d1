package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.train.NerTrainer;
import org.papergraph.train.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-ner",
        description = {
                "Trains the scientific-entity tagger (a CoreNLP CRF, six SciERC types) from SciERC in DyGIE",
                "json-lines form, with the settings of models/scierc-ner.properties, and writes the model",
                "that build and eval load. Takes about 2-4 minutes and 3 GB of heap."},
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

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Properties props = TrainingSettings.load(settings, SETTINGS);
        var documents = AnnotationFiles.scierc(training);
        System.err.printf(Locale.ROOT, "Training the entity CRF on %d SciERC documents (about 2-5 minutes, 3 GB of heap)...%n", documents.size());
        var crf = new NerTrainer(new CoreNlpAnnotator(NlpSettings.DEFAULT)).train(documents, props);
        NerTrainer.write(crf, out);
        System.out.printf(Locale.ROOT, "Trained on %d documents in %.0f s; wrote %s (%d KB)%n", documents.size(),
                (System.nanoTime() - start) / 1e9, out, Files.size(out) / 1024);
        return ExitCodes.OK;
    }
}
