package org.papergraph.extract;

import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Posterior decoding of an IO-labelled first-order CRF: the probability of every candidate span (a run
 * of one type, bounded by other labels), from the CRF's token and label-pair marginals, its mixture with
 * a boundary model's, and the choice of the likeliest non-overlapping spans above a threshold. Below 0.5
 * it trades precision for recall more finely than the single best labelling does.
 */
public final class SpanPosteriors {

    /** No candidate span is longer, in tokens. */
    static final int MAX_TOKENS = 12;

    private SpanPosteriors() {
    }

    /** A span and its probability. */
    public record Scored(SciSpan span, double probability) {
    }

    /**
     * The likeliest candidates at least {@code threshold} probable that overlap no likelier one, in
     * sentence order.
     */
    public static List<Scored> choose(List<Scored> candidates, double threshold) {
        List<Scored> sorted = new ArrayList<>(candidates.stream().filter(c -> c.probability() >= threshold).toList());
        sorted.sort(Comparator.comparingDouble(Scored::probability).reversed());
        List<Scored> chosen = new ArrayList<>();
        for (Scored candidate : sorted) {
            if (chosen.stream().noneMatch(c -> c.span().overlaps(candidate.span()))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.span().from()));
        return chosen;
    }

    /**
     * The typed candidates rescored as an equal mixture of two models: the typed CRF's probability, and
     * the probability that a CRF with one label for every type ({@code boundaries}, with these {@code labels})
     * gives the span, shared out over the types as the typed CRF does.
     * The one-label model learns where mentions begin and end from all six types at once, where the typed
     * one splits that evidence six ways; mixing the two gains on SciERC dev at every threshold tried.
     */
    static List<Scored> mixed(List<Scored> typed, CRFCliqueTree<String> boundaries, BoundaryLabels labels) {
        Map<Tokens, Double> typedMass = new HashMap<>();
        for (Scored c : typed) {
            typedMass.merge(Tokens.of(c.span()), c.probability(), Double::sum);
        }
        Map<Tokens, Double> boundaryProbability = new HashMap<>();
        List<Scored> mixed = new ArrayList<>(typed.size());
        for (Scored c : typed) {
            Tokens tokens = Tokens.of(c.span());
            double mention = boundaryProbability.computeIfAbsent(tokens,
                    t -> labels.spanProbability(boundaries, t.from(), t.to()));
            double typeShare = c.probability() / typedMass.get(tokens);
            mixed.add(new Scored(c.span(), 0.5 * c.probability() + 0.5 * mention * typeShare));
        }
        return mixed;
    }

    /** A span's tokens, whatever its type. */
    private record Tokens(int from, int to) {
        static Tokens of(SciSpan span) {
            return new Tokens(span.from(), span.to());
        }
    }

    /** P(exactly the tokens from to to - 1 form a run of the label), as {@link #candidates} computes it. */
    static double runProbability(CRFCliqueTree<String> tree, int label, int from, int to) {
        double p = startsAt(tree, from, label);
        for (int i = from + 1; i < to && p > 0; i++) {
            p *= continuesAt(tree, i, label);
        }
        return p > 0 ? p * (1 - continuesAt(tree, to, label)) : 0;
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
                double p = startsAt(tree, from, label);
                for (int to = from + 1; to <= n && to - from <= MAX_TOKENS && p >= threshold; to++) {
                    // The run goes on with P(label at to | label at to - 1) and ends with its complement.
                    double continues = continuesAt(tree, to, label);
                    if (p * (1 - continues) >= threshold) {
                        candidates.add(new Scored(new SciSpan(from, to, type.get()), p * (1 - continues)));
                    }
                    p *= continues;
                }
            }
        }
        return candidates;
    }

    /** P(a run of the label starts at position): the label there, and not right before it. */
    private static double startsAt(CRFCliqueTree<String> tree, int position, int label) {
        return tree.prob(position, label) - (position > 0 ? pair(tree, position, label) : 0);
    }

    /**
     * P(label at position | label at position - 1), 0 past the sentence's end; call it only where the
     * label before is possible.
     */
    private static double continuesAt(CRFCliqueTree<String> tree, int position, int label) {
        return position < tree.length() ? given(tree, position, label, label) : 0;
    }

    /** P(label at position | previous at position - 1); call it only where previous is possible there. */
    static double given(CRFCliqueTree<String> tree, int position, int previous, int label) {
        return tree.prob(position, new int[] {previous, label}) / tree.prob(position - 1, previous);
    }

    /** P(label at position - 1 and at position). */
    private static double pair(CRFCliqueTree<String> tree, int position, int label) {
        return tree.prob(position, new int[] {label, label});
    }
}
