package org.papergraph.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the listing formats share: recognising page furniture, and judging whether a line is a title or an abstract. */
final class ListingText {

    private static final List<Pattern> UI_LINES = List.of(
            Pattern.compile("(?i)^get trending papers.*$"),
            Pattern.compile("(?i)^subscribe$"),
            Pattern.compile("(?i)^daily papers$"),
            Pattern.compile("(?i)^by\\s*ak and the research community$"),
            Pattern.compile("(?i)^collaborating authors$"),
            Pattern.compile("(?i)^goto$"),
            Pattern.compile("(?i)^(new|previous|next|load more|show more)$"));

    /** "Subscribe" glued to the first title by the page's copy-paste: "SubscribeTowards Understanding ...". */
    private static final Pattern GLUED_SUBSCRIBE = Pattern.compile("^Subscribe(?=\\p{Lu}|\\d)");

    private ListingText() {
    }

    static boolean isUiLine(String line) {
        String text = line.strip();
        return UI_LINES.stream().anyMatch(p -> p.matcher(text).matches());
    }

    static String stripGluedHeader(String line) {
        return GLUED_SUBSCRIBE.matcher(line).replaceFirst("");
    }

    static boolean looksLikeTitle(String line) {
        return line.length() <= 400 && line.codePoints().anyMatch(Character::isLetter);
    }

    static boolean looksLikeAbstract(String line) {
        return line.length() >= 80 && line.split("\\s+").length >= 12;
    }

    /** A title line followed by its abstract: the abstract is a paragraph, clearly longer than the title. */
    static boolean isTitleAbstractPair(String title, String next) {
        return looksLikeTitle(title) && title.length() <= 300 && looksLikeAbstract(next)
                && next.length() >= 2 * title.length();
    }

    /** Checks a record before it becomes a paper; empty when it is fine, else what is wrong. */
    static Optional<String> problemWith(String title, String abstractText, IngestLimits limits) {
        if (!looksLikeTitle(title)) {
            return Optional.of("title has no letters or is over 400 characters; check that the record starts with its title");
        }
        if (abstractText.length() > limits.maxAbstractChars()) {
            return Optional.of("abstract has " + abstractText.length() + " characters, over the limit of "
                    + limits.maxAbstractChars() + " (raise it with --max-abstract-chars)");
        }
        if (!looksLikeAbstract(abstractText)) {
            return Optional.of("no abstract after the title \"" + abbreviate(title) + "\" (expected a paragraph of 12 words or more)");
        }
        return Optional.empty();
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
