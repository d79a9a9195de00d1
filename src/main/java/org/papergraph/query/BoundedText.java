package org.papergraph.query;

import org.apache.jena.query.QueryCancelledException;

/**
 * Text that a regular expression may only look at so often. java.util.regex backtracks without limit
 * and cannot be interrupted, so a pattern such as {@code (a+)+$} would hold a thread long past the query
 * timeout; counting the matcher's reads stops it instead.
 */
final class BoundedText implements CharSequence {

    /** Generous for real text: a pattern scanning a 20,000-character abstract reads far fewer characters. */
    static final long DEFAULT_BUDGET = 20_000_000;

    private final String text;
    private final long[] reads;
    private final long budget;

    private BoundedText(String text, long[] reads, long budget) {
        this.text = text;
        this.reads = reads;
        this.budget = budget;
    }

    static BoundedText of(String text, long budget) {
        return new BoundedText(text, new long[1], budget);
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > budget) {
            throw new RegexTooCostly();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The query is stopped as if it had timed out: the endpoint answers 503, the command line says why. */
    static final class RegexTooCostly extends QueryCancelledException {
        @Override
        public String getMessage() {
            return "a regular expression backtracked too much and the query was stopped; simplify the pattern";
        }
    }
}
