package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.papergraph.extract.ScientificModels;
import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.train.RelationTrainer;
import org.papergraph.train.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-relations",
        description = {
                "Trains the relation classifier (a CoreNLP linear classifier over pairs of mentions of one",
                "sentence, SciERC's seven types) from SciERC's gold mentions, with the settings of",
                "models/scierc-relations.properties, and writes the model build and eval load. About a minute."},
        footer = {"", "Example: papergraph train-relations --scierc ../shared/scierc/train.json", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class TrainRelationsCommand implements Callable<Integer> {

    @Option(names = "--scierc", required = true, paramLabel = "FILE", description = "SciERC training file (train.json).")
    private Path training;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings (default: the shipped " + ScientificModels.RELATION_SETTINGS + ").")
    private Path settings;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/models/scierc-relations.ser.gz",
            description = "Where to write the gzipped model (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Properties props = TrainingSettings.load(settings, ScientificModels.RELATION_SETTINGS);
        var documents = AnnotationFiles.scierc(training);
        System.err.printf(Locale.ROOT, "Training the relation classifier on %d SciERC documents (about 15-60 seconds)...%n", documents.size());
        double sigma = Double.parseDouble(props.getProperty("sigma", "1.0"));
        var classifier = new RelationTrainer(new CoreNlpAnnotator(NlpSettings.DEFAULT)).train(documents, sigma);
        RelationTrainer.write(classifier, out);
        System.out.printf(Locale.ROOT, "Trained on %d documents in %.0f s; wrote %s (%d KB)%n", documents.size(),
                (System.nanoTime() - start) / 1e9, out, Files.size(out) / 1024);
        return ExitCodes.OK;
    }
}
