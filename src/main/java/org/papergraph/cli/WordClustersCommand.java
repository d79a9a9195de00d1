package org.papergraph.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.papergraph.eval.SciercDocument;
import org.papergraph.extract.CrfTokens;
import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;
import org.papergraph.train.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "word-clusters",
        header = "Induces the word classes the entity tagger reads.",
        description = {
                "Induces word classes from unlabelled sentences (exchange algorithm over class bigrams) and",
                "writes them as 'word<TAB>class' lines, the distributional-similarity lexicon the entity CRF",
                "reads (useDistSim). Only the words of the given files are used, never their labels."},
        footer = {"", "Example (how the shipped lexicon is made):",
                "  papergraph word-clusters --scierc ../shared/scierc/train.json --text data/seeds", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class WordClustersCommand implements Callable<Integer> {

    @Option(names = "--scierc", paramLabel = "FILE", description = "SciERC file whose sentences to read (repeatable).")
    private List<Path> scierc = new ArrayList<>();

    @Option(names = "--text", paramLabel = "PATH", description = "Plain-text file, or folder of .txt files, to read (repeatable).")
    private List<Path> text = new ArrayList<>();

    @Option(names = "--classes", paramLabel = "N", defaultValue = "200", description = "Number of classes (default: ${DEFAULT-VALUE}).")
    private int classes;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
            description = "Leave out words seen fewer times (default: ${DEFAULT-VALUE}).")
    private int minCount;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/models/scierc-clusters.tsv",
            description = "Where to write the lexicon (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        List<List<String>> sentences = new ArrayList<>();
        for (Path file : scierc) {
            for (SciercDocument document : AnnotationFiles.scierc(file)) {
                for (List<String> sentence : document.sentences()) {
                    sentences.add(sentence.stream().map(CrfTokens::normalize).toList());
                }
            }
        }
        CoreNlpAnnotator annotator = text.isEmpty() ? null : new CoreNlpAnnotator(NlpSettings.DEFAULT);
        for (Path path : textFiles()) {
            for (Sentence sentence : annotator.annotate(Files.readString(path, StandardCharsets.UTF_8)).sentences()) {
                sentences.add(sentence.tokens().stream().map(Token::word).map(CrfTokens::normalize).toList());
            }
        }
        if (sentences.isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "no sentences: give --scierc or --text");
        }
        Map<String, Integer> clusters = WordClusters.induce(sentences, classes, minCount, 50);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Integer> entry : clusters.entrySet()) {
                writer.write(entry.getKey() + "\t" + entry.getValue() + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "Clustered %d words of %d sentences into %d classes in %.0f s; wrote %s%n",
                clusters.size(), sentences.size(), classes, (System.nanoTime() - start) / 1e9, out);
        return ExitCodes.OK;
    }

    private List<Path> textFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : text) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UserError(ExitCodes.INPUT, "text " + path + " does not exist");
            }
        }
        return files;
    }
}
