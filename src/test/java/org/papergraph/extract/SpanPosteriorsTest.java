package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Span probabilities checked against brute force over every labelling of a real (tiny) CRF. */
class SpanPosteriorsTest {

    private static CRFCliqueTree<String> tree;
    private static final int LENGTH = 6;

    @BeforeAll
    static void trainTinyCrf() {
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
        List<List<CoreLabel>> training = List.of(
                sentence("we/O use/O neural/Method parsing/Method for/O translation/Task"),
                sentence("we/O use/O parsing/Method for/O translation/Task ./O"),
                sentence("neural/Method translation/Task is/O hard/O ./O"),
                sentence("we/O study/O translation/Task with/O neural/Method networks/Method"),
                sentence("parsing/Task helps/O translation/Task ./O"));
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(settings);
        crf.train(training);
        tree = crf.getCliqueTree(sentence("we/O use/O neural/O parsing/O for/O translation/O"));
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
    void decodingKeepsTheLikeliestNonOverlappingSpansAboveTheThreshold() {
        for (double threshold : new double[] {0.05, 0.25, 0.5}) {
            List<SciSpan> chosen = SpanPosteriors.decode(tree, threshold);
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
        assertTrue(SpanPosteriors.decode(tree, 1.01).isEmpty());
    }

    /**
     * The log-probability of a labelling under the CRF's chain: the first label's marginal, then each
     * label given the one before. (CoreNLP's own {@code scoreOf(int[])} instead conditions the first
     * label on a background label before the sentence, which its marginals do not.)
     */
    private static double logProbability(int[] labels) {
        double logP = Math.log(tree.prob(0, labels[0]));
        for (int i = 1; i < labels.length; i++) {
            logP += Math.log(tree.condProbGivenPrevious(i, labels[i], new int[] {labels[i - 1]}));
        }
        return logP;
    }

    /** Enumerates every labelling, normalises its probability, and adds its mass to each of its spans. */
    private static Map<SciSpan, Double> bruteForceSpanProbabilities() {
        int classes = tree.getNumClasses();
        int total = (int) Math.pow(classes, LENGTH);
        double[] scores = new double[total];
        double max = Double.NEGATIVE_INFINITY;
        for (int code = 0; code < total; code++) {
            scores[code] = logProbability(labelling(code, classes));
            max = Math.max(max, scores[code]);
        }
        double z = 0;
        for (double score : scores) {
            z += Math.exp(score - max);
        }
        Map<SciSpan, Double> spans = new HashMap<>();
        for (int code = 0; code < total; code++) {
            double p = Math.exp(scores[code] - max) / z;
            List<String> labels = new ArrayList<>();
            for (int label : labelling(code, classes)) {
                labels.add(tree.classIndex().get(label));
            }
            for (SciSpan span : EntityTagger.spans(labels)) {
                spans.merge(span, p, Double::sum);
            }
        }
        return spans;
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
