package org.papergraph.extract;

/** A typed span of one sentence: tokens [from, to). */
public record SciSpan(int from, int to, SciType type) {

    public SciSpan {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("empty or negative span [" + from + ", " + to + ")");
        }
    }

    public int length() {
        return to - from;
    }

    public boolean overlaps(SciSpan other) {
        return from < other.to && other.from < to;
    }

    public boolean sameTokens(SciSpan other) {
        return from == other.from && to == other.to;
    }
}
