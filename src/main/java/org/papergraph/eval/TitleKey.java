package org.papergraph.eval;

import java.util.Locale;

/** Papers are matched between the gold file and the store by title, compared without case or spacing. */
final class TitleKey {

    private TitleKey() {
    }

    static String of(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
