package org.papergraph.eval;

/**
 * Proposals are counted on two sides: predicted concepts that are right (precision) and gold names
 * that were found (recall). One concept can carry two gold names (long form and acronym), so the
 * two numerators differ.
 */
public record ProposalScore(int rightPredicted, int predicted, int foundGold, int gold) {

    public double precision() {
        return predicted == 0 ? 0 : (double) rightPredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) foundGold / gold;
    }
}
