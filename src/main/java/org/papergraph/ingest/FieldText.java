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
        text = LatexText.decode(text);
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
