package org.papergraph.ingest;

/**
 * Cleans a text field of a structured source into what a reader sees: character references and
 * LaTeX decoded, and line wrapping undone (arXiv wraps titles and abstracts at about 80 columns).
 */
final class FieldText {

    private FieldText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = HtmlEntities.decode(raw);
        return collapseSpace(LatexText.decode(text));
    }

    /** Runs of white space (no-break space included) become one space; ends trimmed. A loop, not a regex: this runs per field of millions of records. */
    private static String collapseSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
