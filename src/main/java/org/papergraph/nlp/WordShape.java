package org.papergraph.nlp;

import java.util.regex.Pattern;

/**
 * The shape of a word, as far as case goes: coined names and acronyms (PLATO-2, GPT-4, DexTrack,
 * LLMs, EV-WSSS, Lumo-1) keep their case; ordinary capitalised words (Open-Domain, Curriculum) do not.
 */
public final class WordShape {

    private static final Pattern QUANTITY = Pattern.compile("\\d+(\\.\\d+)?(-\\d+(\\.\\d+)?)?[A-Za-z](-[a-z]+)?");

    private WordShape() {
    }

    /** A capital after the first letter of some hyphen-separated part, or letters mixed with digits. */
    public static boolean isCoinedName(String word) {
        boolean letter = false;
        boolean digit = false;
        boolean innerCapital = false;
        boolean partStart = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '/') {
                partStart = true;
                continue;
            }
            if (Character.isLetter(c)) {
                letter = true;
                if (!partStart && Character.isUpperCase(c)) {
                    innerCapital = true;
                }
            } else if (Character.isDigit(c)) {
                digit = true;
            }
            partStart = false;
        }
        return letter && (innerCapital || digit);
    }

    /**
     * A quantity with its unit letter ("7B", "1.5B", "3D", "4K", "10-100x"), also as a modifier ("23.4B-token",
     * "7B-parameter"): it has digits but names nothing.
     */
    public static boolean isQuantity(String word) {
        return QUANTITY.matcher(word).matches();
    }

    /** "Open-Domain" becomes "open-domain": each part's leading capital lowered (callers keep coined names). */
    public static String lowerInitials(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean partStart = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(partStart && Character.isUpperCase(c) && Character.charCount(Character.toLowerCase(c)) == 1
                    ? Character.toLowerCase(c) : c);
            partStart = c == '-' || c == '/';
        }
        return out.toString();
    }
}
