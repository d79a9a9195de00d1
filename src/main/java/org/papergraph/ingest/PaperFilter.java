package org.papergraph.ingest;

import java.util.Locale;

/**
 * What of the input to read, for a first try on a large source: at most {@code limit} papers (0 for
 * all), and only those in {@code category} ("cs.LG", or a whole archive such as "cs"; null for all).
 * A paper whose source gives no categories is not known to be in the category, so it is left out.
 */
public record PaperFilter(long limit, String category) {

    public static final PaperFilter ALL = new PaperFilter(0, null);

    public PaperFilter {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (no limit) or more, not " + limit);
        }
        category = category == null || category.isBlank() ? null : category.strip();
    }

    public boolean accepts(Paper paper) {
        if (category == null) {
            return true;
        }
        String archive = category.toLowerCase(Locale.ROOT) + ".";
        return paper.categories().stream().anyMatch(c -> c.equalsIgnoreCase(category)
                || !category.contains(".") && c.toLowerCase(Locale.ROOT).startsWith(archive));
    }

    /** True once {@code accepted} papers reach the limit. */
    public boolean full(long accepted) {
        return limit > 0 && accepted >= limit;
    }
}
