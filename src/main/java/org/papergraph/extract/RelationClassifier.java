package org.papergraph.extract;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.papergraph.nlp.Sentence;

/**
 * The relation layer: a SciERC-trained linear classifier over every ordered pair of spans of one
 * sentence, labelling it with one of the seven types or NONE. Of the two orders of a pair only the
 * likelier is kept, and only when its type beats NONE by the shipped margin. Thread-safe.
 */
public final class RelationClassifier {

    public static final String RESOURCE = "/models/scierc-relations.ser.gz";
    public static final String NONE = "NONE";

    private final LinearClassifier<String, String> classifier;
    private final double noneWeight;

    /** @param noneWeight how many times likelier than NONE a type must be (1 = plain argmax) */
    public RelationClassifier(LinearClassifier<String, String> classifier, double noneWeight) {
        this.classifier = classifier;
        this.noneWeight = noneWeight;
    }

    public static RelationClassifier load(ModelSource source, double noneWeight) {
        try (InputStream in = source.open()) {
            @SuppressWarnings("unchecked")
            LinearClassifier<String, String> classifier =
                    (LinearClassifier<String, String>) new ObjectInputStream(new GZIPInputStream(in)).readObject();
            return new RelationClassifier(classifier, noneWeight);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the relation model " + source, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the relation model " + source + " was written by another CoreNLP version", e);
        }
    }

    public List<SciRelation> relations(Sentence sentence, List<SciSpan> spans) {
        List<SciRelation> result = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                SciSpan a = spans.get(i);
                SciSpan b = spans.get(j);
                if (a.overlaps(b)) {
                    continue;
                }
                SciRelation ab = best(sentence, a, b, spans);
                SciRelation ba = best(sentence, b, a, spans);
                SciRelation better = ab == null ? ba : ba == null || ab.probability() >= ba.probability() ? ab : ba;
                if (better != null) {
                    result.add(better);
                }
            }
        }
        return result;
    }

    private SciRelation best(Sentence sentence, SciSpan head, SciSpan tail, List<SciSpan> spans) {
        Counter<String> probabilities = classifier.probabilityOf(new BasicDatum<>(RelationFeatures.of(sentence, head, tail, spans)));
        String bestLabel = null;
        double bestP = 0;
        for (String label : probabilities.keySet()) {
            if (!label.equals(NONE) && probabilities.getCount(label) > bestP) {
                bestLabel = label;
                bestP = probabilities.getCount(label);
            }
        }
        if (bestLabel == null || bestP < noneWeight * probabilities.getCount(NONE)) {
            return null;
        }
        return new SciRelation(head, tail, SciRelationType.fromLabel(bestLabel).orElseThrow(), bestP);
    }
}
