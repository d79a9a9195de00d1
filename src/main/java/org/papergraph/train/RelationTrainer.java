package org.papergraph.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.papergraph.eval.SciercDocument;
import org.papergraph.eval.SciercText;
import org.papergraph.extract.RelationClassifier;
import org.papergraph.extract.RelationFeatures;
import org.papergraph.extract.SciSpan;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.TextAnnotator;

/**
 * Trains the relation classifier on SciERC: every ordered pair of non-overlapping spans of a sentence is
 * one example, labelled with its gold relation type or NONE. The spans are the gold mentions and, where
 * given, the mentions the entity tagger predicts on text it was not trained on ({@link HeldOutSpans}); a
 * predicted pair takes a gold relation's type only if both its spans are exactly that relation's.
 */
public final class RelationTrainer {

    private final TextAnnotator annotator;

    public RelationTrainer(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    /**
     * @param predicted per document, per sentence, the predicted spans to learn from besides the gold
     *                  ones; empty for gold mentions only
     */
    public LinearClassifier<String, String> train(List<SciercDocument> documents, List<List<List<SciSpan>>> predicted,
                                                  double sigma) {
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        return factory.trainClassifier(dataset(documents, predicted));
    }

    Dataset<String, String> dataset(List<SciercDocument> documents, List<List<List<SciSpan>>> predicted) {
        Dataset<String, String> dataset = new Dataset<>();
        for (int d = 0; d < documents.size(); d++) {
            addExamples(documents.get(d), predicted.isEmpty() ? List.of() : predicted.get(d), dataset);
        }
        return dataset;
    }

    private void addExamples(SciercDocument document, List<List<SciSpan>> predicted, Dataset<String, String> dataset) {
        AnnotatedText text = SciercText.annotate(annotator, document);
        int[] starts = document.sentenceStarts();
        List<List<SciSpan>> goldSpans = document.goldSpans();
        for (int s = 0; s < text.sentences().size(); s++) {
            Sentence sentence = text.sentences().get(s);
            int offset = starts[s];
            List<SciSpan> spans = goldSpans.get(s);
            Map<String, String> gold = new HashMap<>();
            for (SciercDocument.GoldRelation r : document.relations()) {
                if (r.sentence() == s) {
                    gold.put(key(r.headStart() - offset, r.headEnd() - offset + 1, r.tailStart() - offset,
                            r.tailEnd() - offset + 1), r.type());
                }
            }
            addPairs(sentence, spans, gold, dataset);
            if (!predicted.isEmpty()) {
                addPairs(sentence, predicted.get(s), gold, dataset);
            }
        }
    }

    private static void addPairs(Sentence sentence, List<SciSpan> spans, Map<String, String> gold,
                                 Dataset<String, String> dataset) {
        for (SciSpan head : spans) {
            for (SciSpan tail : spans) {
                if (head == tail || head.overlaps(tail)) {
                    continue;
                }
                String label = gold.getOrDefault(key(head.from(), head.to(), tail.from(), tail.to()), RelationClassifier.NONE);
                dataset.add(new BasicDatum<>(RelationFeatures.of(sentence, head, tail, spans), label));
            }
        }
    }

    private static String key(int hf, int ht, int tf, int tt) {
        return hf + ":" + ht + ">" + tf + ":" + tt;
    }

    public static void write(LinearClassifier<String, String> classifier, Path model) throws IOException {
        Path parent = model.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream file = Files.newOutputStream(model);
             ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(file))) {
            out.writeObject(classifier);
        }
    }
}
