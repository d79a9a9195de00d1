package org.papergraph.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.papergraph.nlp.Sentence;

/**
 * The SciERC-trained CRF that labels each token with one of the six entity types or O. Labels are IO
 * ("Method": a run of tokens with one type is one span) or IOB2 ("B-Method" starts a span, "I-Method"
 * continues one of that type). A first-order IO model with a span threshold is decoded span by span
 * ({@link SpanPosteriors}): every span at least that probable is a candidate. Otherwise the single
 * likeliest labelling is read. Loading takes a second and some hundred MB: load one per process and
 * share it; classify is safe to call from several threads.
 */
public final class EntityTagger {

    /** The shipped model, reproduced by {@code papergraph train-ner}. */
    public static final String RESOURCE = "/models/scierc-ner.crf.ser.gz";

    private final CRFClassifier<CoreLabel> crf;
    private final double spanThreshold;

    /** @param spanThreshold the least probability of a span to keep; 0 reads the likeliest labelling */
    public EntityTagger(CRFClassifier<CoreLabel> crf, double spanThreshold) {
        this.crf = crf;
        // Span probabilities need IO labels (a run of one label is one span) and a first-order chain.
        boolean io = crf.classIndex.objectsList().stream().noneMatch(label -> label.startsWith("B-"));
        this.spanThreshold = io && crf.flags.maxLeft == 1 ? spanThreshold : 0;
    }

    public static EntityTagger load(ModelSource source, double spanThreshold) {
        try (InputStream in = source.open()) {
            return new EntityTagger(CRFClassifier.getClassifier(new GZIPInputStream(in)), spanThreshold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the entity model " + source, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the entity model " + source + " was written by another CoreNLP version", e);
        }
    }

    public List<SciSpan> tag(Sentence sentence) {
        return tag(sentence, 0).sure();
    }

    /**
     * The spans at least the span threshold probable (sure), and the others at least {@code floor}
     * probable that overlap none of them (tentative). No span is tentative when {@code floor} is 0 or
     * not below the span threshold, or when the best labelling is read.
     */
    public TaggedSpans tag(Sentence sentence, double floor) {
        if (sentence.size() == 0) {
            return new TaggedSpans(List.of(), List.of());
        }
        if (spanThreshold > 0) {
            // Spans are chosen likeliest first, so those above the threshold are the same whatever the floor.
            double lowest = floor > 0 && floor < spanThreshold ? floor : spanThreshold;
            List<SpanPosteriors.Scored> chosen = SpanPosteriors.decodeScored(crf.getCliqueTree(CrfTokens.of(sentence)), lowest);
            return new TaggedSpans(
                    chosen.stream().filter(c -> c.probability() >= spanThreshold).map(SpanPosteriors.Scored::span).toList(),
                    chosen.stream().filter(c -> c.probability() < spanThreshold).map(SpanPosteriors.Scored::span).toList());
        }
        return new TaggedSpans(bestLabelling(sentence), List.of());
    }

    private List<SciSpan> bestLabelling(Sentence sentence) {
        List<CoreLabel> labelled = crf.classify(CrfTokens.of(sentence));
        List<String> labels = labelled.stream().map(l -> l.get(CoreAnnotations.AnswerAnnotation.class)).toList();
        return spans(labels);
    }

    /** Maximal runs of one type, a "B-" label starting a new one (an "I-" label without a "B-" starts one too). */
    static List<SciSpan> spans(List<String> labels) {
        List<SciSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            String label = type(labels.get(i));
            Optional<SciType> type = SciType.fromLabel(label);
            int j = i + 1;
            while (j < labels.size() && !labels.get(j).startsWith("B-") && type(labels.get(j)).equals(label)) {
                j++;
            }
            if (type.isPresent()) {
                spans.add(new SciSpan(i, j, type.get()));
            }
            i = j;
        }
        return spans;
    }

    private static String type(String label) {
        return label.startsWith("B-") || label.startsWith("I-") ? label.substring(2) : label;
    }
}
