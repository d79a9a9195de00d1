package org.papergraph.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
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
 * likeliest labelling is read. With a boundary model (a CRF with the one label {@link #MENTION} for every
 * type, IO or BIOES: {@link BoundaryLabels}), a span's probability is the mixture of both models' ({@link SpanPosteriors#mixed}). Loading takes
 * a second and some hundred MB: load one per process and share it; tagging is safe from several threads.
 */
public final class EntityTagger {

    /** The shipped model, reproduced by {@code papergraph train-ner}. */
    public static final String RESOURCE = "/models/scierc-ner.crf.ser.gz";
    /** The shipped boundary model, reproduced by {@code papergraph train-ner} alongside. */
    public static final String BOUNDARY_RESOURCE = "/models/scierc-boundaries.crf.ser.gz";
    /** The boundary model's one label: a token inside a mention of any type. */
    public static final String MENTION = "Mention";
    /**
     * With a boundary model, typed spans down to this probability are rescored: one the typed CRF finds
     * unlikely can still pass the threshold when the boundary model is sure of it.
     */
    static final double MIXTURE_FLOOR = 0.005;

    private final CRFClassifier<CoreLabel> crf;
    private final CRFClassifier<CoreLabel> boundaries;
    private final BoundaryLabels boundaryLabels;
    private final boolean sharedFeatures;
    private final double spanThreshold;

    /** @param spanThreshold the least probability of a span to keep; 0 reads the likeliest labelling */
    public EntityTagger(CRFClassifier<CoreLabel> crf, double spanThreshold) {
        this(crf, null, spanThreshold);
    }

    /**
     * @param boundaries the boundary model to mix in, or null for none (it is used only when spans are
     *                   decoded by probability)
     */
    public EntityTagger(CRFClassifier<CoreLabel> crf, CRFClassifier<CoreLabel> boundaries, double spanThreshold) {
        this.crf = crf;
        // Span probabilities need IO labels (a run of one label is one span) and a first-order chain.
        boolean io = crf.classIndex.objectsList().stream().noneMatch(label -> label.startsWith("B-"));
        this.spanThreshold = io && crf.flags.maxLeft == 1 ? spanThreshold : 0;
        if (boundaries != null && boundaries.flags.maxLeft != 1) {
            throw new IllegalArgumentException("a boundary model is a first-order CRF");
        }
        this.boundaries = boundaries;
        this.boundaryLabels = boundaries == null ? null : BoundaryLabels.of(boundaries.classIndex);
        this.sharedFeatures = boundaries != null && sameFeatures(crf, boundaries);
    }

    /** Whether one computation of a sentence's features serves the CRF and its boundary model. */
    public boolean sharesFeatures() {
        return sharedFeatures;
    }

    /**
     * Whether both CRFs number their features alike, so that one computation of a sentence's features
     * serves both (computing them is most of a CRF's cost). train-ner trains both on the same text with
     * the same settings, which gives the same numbering; a boundary model from elsewhere may not.
     * CoreNLP keeps the feature index package-private, hence the reflection; where it fails, each model
     * computes its own features, which is slower and as right.
     */
    private static boolean sameFeatures(CRFClassifier<CoreLabel> a, CRFClassifier<CoreLabel> b) {
        try {
            Field index = CRFClassifier.class.getDeclaredField("featureIndex");
            index.setAccessible(true);
            Object ia = index.get(a);
            Object ib = index.get(b);
            return ia instanceof Index<?> x && ib instanceof Index<?> y && x.objectsList().equals(y.objectsList())
                    && a.flags.maxLeft == b.flags.maxLeft;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** @param boundaries the boundary model, or null for none */
    public static EntityTagger load(ModelSource source, ModelSource boundaries, double spanThreshold) {
        return new EntityTagger(crf(source), boundaries == null ? null : crf(boundaries), spanThreshold);
    }

    private static CRFClassifier<CoreLabel> crf(ModelSource source) {
        try (InputStream in = source.open()) {
            return CRFClassifier.getClassifier(new GZIPInputStream(in));
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
            List<CoreLabel> tokens = CrfTokens.of(sentence);
            List<SpanPosteriors.Scored> candidates;
            if (boundaries == null) {
                candidates = SpanPosteriors.candidates(crf.getCliqueTree(tokens), lowest);
            } else {
                var features = crf.documentToDataAndLabels(tokens);
                CRFCliqueTree<String> boundaryTree = sharedFeatures ? boundaries.getCliqueTree(features)
                        : boundaries.getCliqueTree(tokens);
                candidates = SpanPosteriors.mixed(SpanPosteriors.candidates(crf.getCliqueTree(features), MIXTURE_FLOOR),
                        boundaryTree, boundaryLabels);
            }
            List<SpanPosteriors.Scored> chosen = SpanPosteriors.choose(candidates, lowest);
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
