package org.papergraph.train;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.papergraph.eval.SciercDocument;
import org.papergraph.eval.SciercText;
import org.papergraph.extract.CrfTokens;
import org.papergraph.extract.EntityTagger;
import org.papergraph.extract.ScientificModels;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.TextAnnotator;

/**
 * Trains the scientific-entity CRF on SciERC: one sequence per sentence, features as the settings file
 * says. Labels are IO ("Method") unless the settings ask for another {@link LabelEncoding} (CoreNLP only
 * re-encodes labels it reads from files, so the encoding is done here; {@link org.papergraph.extract.EntityTagger}
 * decodes them).
 * Nested gold spans are flattened to the outermost one (a linear-chain CRF cannot label both); they are
 * 61 of 6,000 spans in train.
 */
public final class NerTrainer {

    private final TextAnnotator annotator;

    public NerTrainer(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    /** The typed entity CRF: the six SciERC types. */
    public CRFClassifier<CoreLabel> train(List<SciercDocument> documents, Properties settings) throws IOException {
        return train(documents, settings, UnaryOperator.identity(),
                LabelEncoding.of(settings.getProperty("entitySubclassification", "IO")));
    }

    /**
     * The boundary model: the same CRF with one label ({@link EntityTagger#MENTION}) for every type, in
     * the encoding the settings name as {@code boundaryLabels} (IO by default). It learns where mentions
     * begin and end from all types at once.
     */
    public CRFClassifier<CoreLabel> trainBoundaries(List<SciercDocument> documents, Properties settings) throws IOException {
        return train(documents, settings, type -> EntityTagger.MENTION,
                LabelEncoding.of(settings.getProperty(ScientificModels.BOUNDARY_LABELS, "IO")));
    }

    private CRFClassifier<CoreLabel> train(List<SciercDocument> documents, Properties settings, UnaryOperator<String> label,
                                           LabelEncoding encoding) throws IOException {
        Properties crfSettings = new Properties();
        crfSettings.putAll(withLexiconFile(settings));
        // Decoding settings are the extractor's, not the CRF's.
        crfSettings.remove(ScientificModels.SPAN_THRESHOLD);
        crfSettings.remove(ScientificModels.BOUNDARY_MODEL);
        crfSettings.remove(ScientificModels.BOUNDARY_LABELS);
        List<List<CoreLabel>> sequences = new ArrayList<>();
        for (SciercDocument document : documents) {
            sequences.addAll(labelled(document, label, encoding));
        }
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(crfSettings);
        crf.train(sequences);
        return crf;
    }

    private List<List<CoreLabel>> labelled(SciercDocument document, UnaryOperator<String> typeLabel, LabelEncoding encoding) {
        AnnotatedText text = SciercText.annotate(annotator, document);
        int[] starts = document.sentenceStarts();
        List<List<CoreLabel>> sequences = new ArrayList<>();
        for (int s = 0; s < text.sentences().size(); s++) {
            List<CoreLabel> tokens = CrfTokens.of(text.sentences().get(s));
            int sentence = s;
            // Shorter spans first, so the outermost span's label is written last and wins.
            document.entities().stream().filter(e -> e.sentence() == sentence)
                    .sorted(Comparator.comparingInt(e -> e.end() - e.start()))
                    .forEach(e -> {
                        for (int t = e.start(); t <= e.end(); t++) {
                            String label = encoding.label(typeLabel.apply(e.type()), t - e.start(), e.end() - e.start() + 1);
                            tokens.get(t - starts[sentence]).set(CoreAnnotations.AnswerAnnotation.class, label);
                        }
                    });
            for (CoreLabel token : tokens) {
                token.set(CoreAnnotations.GoldAnswerAnnotation.class, token.get(CoreAnnotations.AnswerAnnotation.class));
            }
            sequences.add(tokens);
        }
        return sequences;
    }

    /**
     * The word-cluster lexicon ({@code distSimLexicon}) is named as a classpath resource
     * ("models/scierc-clusters.tsv") so that training works from any directory; CoreNLP reads only files,
     * so a resource is copied to a temporary file. The lexicon is stored inside the trained model: tagging
     * needs no file.
     */
    static Properties withLexiconFile(Properties settings) throws IOException {
        String lexicon = settings.getProperty("distSimLexicon");
        if (lexicon == null || Files.isRegularFile(Path.of(lexicon.trim()))) {
            return settings;
        }
        String resource = "/" + lexicon.trim().replaceFirst("^/+", "");
        try (InputStream in = NerTrainer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("word-cluster lexicon " + lexicon + " is neither a file nor on the classpath");
            }
            Path copy = Files.createTempFile("papergraph-clusters", ".tsv");
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            Properties resolved = new Properties();
            resolved.putAll(settings);
            resolved.setProperty("distSimLexicon", copy.toString());
            return resolved;
        }
    }

    public static void write(CRFClassifier<CoreLabel> crf, Path model) throws IOException {
        Path parent = model.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream file = Files.newOutputStream(model);
             ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(file))) {
            crf.serializeClassifier(out);
        }
    }
}
