package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.train.LabelEncoding;

/** Span probabilities checked against brute force over every labelling of a real (tiny) CRF. */
class SpanPosteriorsTest {

    private static CRFCliqueTree<String> tree;
    /** The same sentence under a boundary model: one label, "Mention", for every type. */
    private static CRFCliqueTree<String> boundaryTree;
    private static final int LENGTH = 6;
    private static final String[] TRAINING = {
            "we/O use/O neural/Method parsing/Method for/O translation/Task",
            "we/O use/O parsing/Method for/O translation/Task ./O",
            "neural/Method translation/Task is/O hard/O ./O",
            "we/O study/O translation/Task with/O neural/Method networks/Method",
            "parsing/Task helps/O translation/Task ./O"};
    private static final String TEST = "we/O use/O neural/O parsing/O for/O translation/O";

    @BeforeAll
    static void trainTinyCrfs() {
        tree = tinyCrf(TRAINING).getCliqueTree(sentence(TEST));
        String[] boundaries = new String[TRAINING.length];
        for (int s = 0; s < TRAINING.length; s++) {
            boundaries[s] = TRAINING[s].replaceAll("/(Method|Task)", "/" + EntityTagger.MENTION);
        }
        boundaryTree = tinyCrf(boundaries).getCliqueTree(sentence(TEST));
    }

    private static CRFClassifier<CoreLabel> tinyCrf(String[] taggedSentences) {
        Properties settings = new Properties();
        settings.setProperty("useClassFeature", "true");
        settings.setProperty("useWord", "true");
        settings.setProperty("usePrev", "true");
        settings.setProperty("useNext", "true");
        settings.setProperty("useSequences", "true");
        settings.setProperty("usePrevSequences", "true");
        settings.setProperty("maxLeft", "1");
        settings.setProperty("backgroundSymbol", "O");
        settings.setProperty("maxIterations", "50");
        List<List<CoreLabel>> training = new ArrayList<>();
        for (String tagged : taggedSentences) {
            training.add(sentence(tagged));
        }
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(settings);
        crf.train(training);
        return crf;
    }

    @Test
    void spanProbabilitiesAreTheMassOfTheLabellingsWithThatExactSpan() {
        Map<SciSpan, Double> bruteForce = bruteForceSpanProbabilities();
        List<SpanPosteriors.Scored> candidates = SpanPosteriors.candidates(tree, 1e-9);
        assertFalse(candidates.isEmpty());
        for (SpanPosteriors.Scored candidate : candidates) {
            assertEquals(bruteForce.getOrDefault(candidate.span(), 0.0), candidate.probability(), 1e-6, candidate.span().toString());
        }
        bruteForce.forEach((span, p) -> {
            if (p > 1e-6) {
                assertTrue(candidates.stream().anyMatch(c -> c.span().equals(span)), "missed " + span + " p=" + p);
            }
        });
    }

    @Test
    void aRunsProbabilityIsItsCandidateProbability() {
        int mention = boundaryTree.classIndex().indexOf(EntityTagger.MENTION);
        Map<SciSpan, Double> bruteForce = bruteForceRunProbabilities(boundaryTree);
        for (int from = 0; from < LENGTH; from++) {
            for (int to = from + 1; to <= LENGTH; to++) {
                SciSpan span = new SciSpan(from, to, SciType.GENERIC);
                assertEquals(bruteForce.getOrDefault(span, 0.0), SpanPosteriors.runProbability(boundaryTree, mention, from, to),
                        1e-6, span.toString());
            }
        }
    }

    @Test
    void aBioesModelWithoutAnInsideLabelGivesLongerSpansNoProbabilityAndOtherModelsAreRefused() {
        // Trained on text without a mention of three tokens, a BIOES model never learned I-Mention.
        BoundaryLabels labels = BoundaryLabels.of(new HashIndex<>(List.of("O", "B-Mention", "E-Mention", "S-Mention")));
        assertTrue(labels.bioes());
        assertEquals(-1, labels.inside());
        assertEquals(0.0, labels.spanProbability(null, 2, 5), "a three-token span needs I-Mention");
        assertFalse(BoundaryLabels.of(new HashIndex<>(List.of("O", "Mention"))).bioes());
        assertThrows(IllegalArgumentException.class, () -> BoundaryLabels.of(new HashIndex<>(List.of("O", "Method", "Task"))));
    }

    @Test
    void aBioesBoundaryModelsSpanProbabilityIsTheMassOfTheLabellingsThatMarkExactlyThatMention() {
        CRFCliqueTree<String> bioes = tinyCrf(bioesTraining()).getCliqueTree(sentence(TEST));
        BoundaryLabels labels = BoundaryLabels.of(bioes.classIndex());
        assertTrue(labels.bioes() && labels.inside() >= 0, "a BIOES model with all four mention labels");
        int classes = bioes.getNumClasses();
        double[] p = labellingProbabilities(bioes);
        double largest = 0;
        for (int from = 0; from < LENGTH; from++) {
            for (int to = from + 1; to <= LENGTH; to++) {
                double bruteForce = 0;
                for (int code = 0; code < p.length; code++) {
                    if (marksMention(labelling(code, classes), from, to, labels)) {
                        bruteForce += p[code];
                    }
                }
                assertEquals(bruteForce, labels.spanProbability(bioes, from, to), 1e-6, from + ".." + to);
                largest = Math.max(largest, bruteForce);
            }
        }
        assertTrue(largest > 0.3, "some span is likely, so the check is not all zeros");
    }

    /**
     * The training sentences and one with a three-token mention (so that I- occurs), with one label for
     * every type, encoded B-, I-, E-, S-Mention.
     */
    private static String[] bioesTraining() {
        List<String> sentences = new ArrayList<>(List.of(TRAINING));
        sentences.add("we/O train/O deep/Method neural/Method parsing/Method ./O");
        String[] bioes = new String[sentences.size()];
        for (int s = 0; s < bioes.length; s++) {
            String[] pairs = sentences.get(s).split(" ");
            List<String> out = new ArrayList<>();
            for (int i = 0; i < pairs.length; i++) {
                String[] wordLabel = pairs[i].split("/");
                if (wordLabel[1].equals("O")) {
                    out.add(pairs[i]);
                    continue;
                }
                int start = i;
                while (start > 0 && pairs[start - 1].endsWith("/" + wordLabel[1])) {
                    start--;
                }
                int end = i;
                while (end + 1 < pairs.length && pairs[end + 1].endsWith("/" + wordLabel[1])) {
                    end++;
                }
                out.add(wordLabel[0] + "/" + LabelEncoding.BIOES.label(EntityTagger.MENTION, i - start, end - start + 1));
            }
            bioes[s] = String.join(" ", out);
        }
        return bioes;
    }

    private static boolean marksMention(int[] labelling, int from, int to, BoundaryLabels labels) {
        if (to - from == 1) {
            return labelling[from] == labels.single();
        }
        for (int i = from; i < to; i++) {
            int expected = i == from ? labels.begin() : i == to - 1 ? labels.end() : labels.inside();
            if (labelling[i] != expected) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aMixedSpanIsHalfItsTypedProbabilityAndHalfTheBoundaryModelsSharedByType() {
        Map<SciSpan, Double> typed = bruteForceSpanProbabilities();
        Map<SciSpan, Double> mention = bruteForceRunProbabilities(boundaryTree);
        List<SpanPosteriors.Scored> candidates = SpanPosteriors.candidates(tree, 1e-9);
        List<SpanPosteriors.Scored> mixed = SpanPosteriors.mixed(candidates, boundaryTree,
                BoundaryLabels.of(boundaryTree.classIndex()));
        assertEquals(candidates.size(), mixed.size());
        boolean boundaryModelDiffers = false;
        for (SpanPosteriors.Scored m : mixed) {
            SciSpan span = m.span();
            double sameTokens = typed.entrySet().stream()
                    .filter(e -> e.getKey().from() == span.from() && e.getKey().to() == span.to())
                    .mapToDouble(Map.Entry::getValue).sum();
            double boundary = mention.getOrDefault(new SciSpan(span.from(), span.to(), SciType.GENERIC), 0.0);
            double expected = 0.5 * typed.get(span) + 0.5 * boundary * typed.get(span) / sameTokens;
            assertEquals(expected, m.probability(), 1e-6, span.toString());
            boundaryModelDiffers |= Math.abs(boundary - sameTokens) > 1e-3;
        }
        assertTrue(boundaryModelDiffers, "the two models disagree somewhere, so the mixture is tested");
    }

    @Test
    void decodingKeepsTheLikeliestNonOverlappingSpansAboveTheThreshold() {
        for (double threshold : new double[] {0.05, 0.25, 0.5}) {
            List<SciSpan> chosen = decode(threshold);
            Map<SciSpan, Double> p = bruteForceSpanProbabilities();
            for (int i = 0; i < chosen.size(); i++) {
                assertTrue(p.get(chosen.get(i)) >= threshold - 1e-9);
                for (int j = i + 1; j < chosen.size(); j++) {
                    assertFalse(chosen.get(i).overlaps(chosen.get(j)));
                    assertTrue(chosen.get(i).from() < chosen.get(j).from(), "in sentence order");
                }
            }
            // Every left-out span above the threshold overlaps a chosen span at least as likely.
            p.forEach((span, probability) -> {
                if (probability >= threshold && !chosen.contains(span)) {
                    assertTrue(chosen.stream().anyMatch(c -> c.overlaps(span) && p.get(c) >= probability), span.toString());
                }
            });
        }
        assertTrue(decode(1.01).isEmpty());
    }

    private static List<SciSpan> decode(double threshold) {
        return SpanPosteriors.choose(SpanPosteriors.candidates(tree, threshold), threshold).stream()
                .map(SpanPosteriors.Scored::span).toList();
    }

    /**
     * The log-probability of a labelling under the CRF's chain: the first label's marginal, then each
     * label given the one before. (CoreNLP's own {@code scoreOf(int[])} instead conditions the first
     * label on a background label before the sentence, which its marginals do not.)
     */
    private static double logProbability(CRFCliqueTree<String> tree, int[] labels) {
        double logP = Math.log(tree.prob(0, labels[0]));
        for (int i = 1; i < labels.length; i++) {
            logP += Math.log(tree.condProbGivenPrevious(i, labels[i], new int[] {labels[i - 1]}));
        }
        return logP;
    }

    private static Map<SciSpan, Double> bruteForceSpanProbabilities() {
        return bruteForceRunProbabilities(tree);
    }

    /**
     * Enumerates every labelling, normalises its probability, and adds its mass to each of its spans
     * (runs of one label; a label that is no entity type, the boundary model's, counts as Generic).
     */
    private static Map<SciSpan, Double> bruteForceRunProbabilities(CRFCliqueTree<String> tree) {
        int classes = tree.getNumClasses();
        double[] p = labellingProbabilities(tree);
        Map<SciSpan, Double> spans = new HashMap<>();
        for (int code = 0; code < p.length; code++) {
            List<String> labels = new ArrayList<>();
            for (int label : labelling(code, classes)) {
                String name = tree.classIndex().get(label);
                labels.add(name.equals(EntityTagger.MENTION) ? SciType.GENERIC.label() : name);
            }
            for (SciSpan span : EntityTagger.spans(labels)) {
                spans.merge(span, p[code], Double::sum);
            }
        }
        return spans;
    }

    /** The normalised probability of every labelling of the test sentence, indexed as {@link #labelling} reads. */
    private static double[] labellingProbabilities(CRFCliqueTree<String> tree) {
        int total = (int) Math.pow(tree.getNumClasses(), LENGTH);
        double[] scores = new double[total];
        double max = Double.NEGATIVE_INFINITY;
        for (int code = 0; code < total; code++) {
            scores[code] = logProbability(tree, labelling(code, tree.getNumClasses()));
            max = Math.max(max, scores[code]);
        }
        double z = 0;
        for (double score : scores) {
            z += Math.exp(score - max);
        }
        for (int code = 0; code < total; code++) {
            scores[code] = Math.exp(scores[code] - max) / z;
        }
        return scores;
    }

    private static int[] labelling(int code, int classes) {
        int[] labels = new int[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            labels[i] = code % classes;
            code /= classes;
        }
        return labels;
    }

    private static List<CoreLabel> sentence(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String pair : tagged.split(" ")) {
            String[] wordLabel = pair.split("/");
            CoreLabel token = new CoreLabel();
            token.setWord(wordLabel[0]);
            token.setValue(wordLabel[0]);
            token.set(CoreAnnotations.AnswerAnnotation.class, wordLabel[1]);
            token.set(CoreAnnotations.GoldAnswerAnnotation.class, wordLabel[1]);
            tokens.add(token);
        }
        return tokens;
    }
}
