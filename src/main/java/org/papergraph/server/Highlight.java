package org.papergraph.server;

/**
 * A sentence split around its mention. The evidence gives the mention's offsets in the abstract;
 * the sentence is found in the abstract to turn them into offsets in the sentence. If that fails
 * (text normalised differently), the mention's text is looked for in the sentence instead.
 */
public record Highlight(String before, String mention, String after) {

    public static Highlight of(String sentence, String abstractText, int start, int end, String mentionText) {
        int sentenceStart = abstractText.indexOf(sentence);
        if (sentenceStart >= 0 && start >= sentenceStart && end <= sentenceStart + sentence.length() && start < end) {
            int from = start - sentenceStart;
            int to = end - sentenceStart;
            return new Highlight(sentence.substring(0, from), sentence.substring(from, to), sentence.substring(to));
        }
        int at = mentionText.isEmpty() ? -1 : sentence.toLowerCase(java.util.Locale.ROOT)
                .indexOf(mentionText.toLowerCase(java.util.Locale.ROOT));
        if (at >= 0) {
            int to = at + mentionText.length();
            return new Highlight(sentence.substring(0, at), sentence.substring(at, to), sentence.substring(to));
        }
        return new Highlight(sentence, "", "");
    }
}
