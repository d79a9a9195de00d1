package org.papergraph.extract;

import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.util.Index;

/**
 * The labels of a boundary model (a CRF with one label for mentions of every type), and the probability
 * it gives that exactly a run of tokens is one mention. An IO model has the one label {@link
 * EntityTagger#MENTION}; a BIOES model has "B-", "I-", "E-" and "S-Mention", so that each end of a
 * mention has a label of its own and two adjacent mentions are two. A BIOES model lacks the labels its
 * training text never needed (no "I-" without a mention of three tokens): spans that would need one
 * have probability 0.
 *
 * @param bioes  whether the model has BIOES labels (else IO)
 * @param inside the label inside a mention (IO: every token of it), or -1
 * @param begin  a mention's first token (BIOES), or -1
 * @param end    a mention's last token (BIOES), or -1
 * @param single a one-token mention (BIOES), or -1
 */
record BoundaryLabels(boolean bioes, int inside, int begin, int end, int single) {

    /** The labels of a model with these classes; fails if it is no boundary model. */
    static BoundaryLabels of(Index<String> classes) {
        int io = classes.indexOf(EntityTagger.MENTION);
        if (io >= 0) {
            return new BoundaryLabels(false, io, -1, -1, -1);
        }
        int begin = classes.indexOf("B-" + EntityTagger.MENTION);
        int inside = classes.indexOf("I-" + EntityTagger.MENTION);
        int end = classes.indexOf("E-" + EntityTagger.MENTION);
        int single = classes.indexOf("S-" + EntityTagger.MENTION);
        if (begin < 0 && inside < 0 && end < 0 && single < 0) {
            throw new IllegalArgumentException("a boundary model labels mentions " + EntityTagger.MENTION
                    + " (IO) or B-, I-, E- and S-" + EntityTagger.MENTION + " (BIOES); this one has " + classes.objectsList());
        }
        return new BoundaryLabels(true, inside, begin, end, single);
    }

    /** P(exactly the tokens from to to - 1 are one mention). */
    double spanProbability(CRFCliqueTree<String> tree, int from, int to) {
        if (!bioes) {
            return SpanPosteriors.runProbability(tree, inside, from, to);
        }
        if (to - from == 1) {
            return single < 0 ? 0 : tree.prob(from, single);
        }
        if (begin < 0 || end < 0 || (to - from > 2 && inside < 0)) {
            return 0;
        }
        // B, then I up to the last token, which is E: in a first-order chain each token multiplies by
        // P(its label | the label before). P(the label before) > 0 wherever p > 0, p being at most that.
        double p = tree.prob(from, begin);
        int previous = begin;
        for (int i = from + 1; i < to && p > 0; i++) {
            int label = i == to - 1 ? end : inside;
            p *= SpanPosteriors.given(tree, i, previous, label);
            previous = label;
        }
        return p;
    }
}
