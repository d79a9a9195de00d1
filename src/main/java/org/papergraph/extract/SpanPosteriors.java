package org.papergraph.extract;

import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Posterior decoding of an IO-labelled first-order CRF: the probability of every candidate span (a run
 * of one type, bounded by other labels), from the CRF's token and label-pair marginals, and the choice
 * of the likeliest non-overlapping spans above a threshold. Below 0.5 it trades precision for recall
 * more finely than the single best labelling does.
 */
public final class SpanPosteriors {

    /** No candidate span is longer, in tokens. */
    static final int MAX_TOKENS = 12;

    private SpanPosteriors() {
    }

    /** A span and its probability. */
    public record Scored(SciSpan span, double probability) {
    }

    public static List<SciSpan> decode(CRFCliqueTree<String> tree, double threshold) {
        return decodeScored(tree, threshold).stream().map(Scored::span).toList();
    }

    /** The chosen spans with their probabilities, in sentence order. */
    public static List<Scored> decodeScored(CRFCliqueTree<String> tree, double threshold) {
        List<Scored> candidates = candidates(tree, threshold);
        candidates.sort(Comparator.comparingDouble(Scored::probability).reversed());
        List<Scored> chosen = new ArrayList<>();
        for (Scored candidate : candidates) {
            if (chosen.stream().noneMatch(c -> c.span().overlaps(candidate.span()))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.span().from()));
        return chosen;
    }

    static List<Scored> candidates(CRFCliqueTree<String> tree, double threshold) {
        List<Scored> candidates = new ArrayList<>();
        int n = tree.length();
        for (int label = 0; label < tree.getNumClasses(); label++) {
            var type = SciType.fromLabel(tree.classIndex().get(label));
            if (type.isEmpty()) {
                continue;
            }
            for (int from = 0; from < n; from++) {
                // p = P(a run of the label starts at from and lasts through to - 1); in a first-order
                // chain each further token multiplies it by P(label at i | label at i - 1), and the span
                // ends at to with P(not label at to | label at to - 1). Since p only falls as the run
                // grows, the search stops below the threshold (and P(label at to - 1) > 0 wherever p > 0).
                double p = tree.prob(from, label) - (from > 0 ? pair(tree, from, label) : 0);
                for (int to = from + 1; to <= n && to - from <= MAX_TOKENS && p >= threshold; to++) {
                    // P(label at to | label at to - 1): the run goes on with it and ends with its complement.
                    double continues = to < n ? pair(tree, to, label) / tree.prob(to - 1, label) : 0;
                    if (p * (1 - continues) >= threshold) {
                        candidates.add(new Scored(new SciSpan(from, to, type.get()), p * (1 - continues)));
                    }
                    p *= continues;
                }
            }
        }
        return candidates;
    }

    /** P(label at position - 1 and at position). */
    private static double pair(CRFCliqueTree<String> tree, int position, int label) {
        return tree.prob(position, new int[] {label, label});
    }
}
