package org.papergraph.extract;

import java.util.regex.Pattern;
import org.papergraph.nlp.WordShape;

/** Tests on the shape of a word: acronyms and coined names. */
final class Names {

    /** "DIstribution", "LOw-rank": two capitals, then lower case. */
    private static final Pattern ACRONYM_SPELLING = Pattern.compile("[A-Z]{2}[a-z]+(-[a-z]+)*");

    private Names() {
    }

    /** A capital after the first character (PLATO, DexTrack, LLMs) or digits mixed with letters (PLATO-2, GPT-4). */
    static boolean isNameToken(String word) {
        return WordShape.isCoinedName(word);
    }

    /** A coined name, not a quantity such as "3D", "7B" or "4K". */
    static boolean isCoinedName(String word) {
        return isNameToken(word) && !WordShape.isQuantity(word);
    }

    /**
     * An acronym: mostly capitals, 2 to 12 characters, optionally a plural s (RL, LLMs, VLA, GANs, EV-WSSS),
     * or a capital with a count ("R3" for three words starting with R).
     */
    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 12) {
            return false;
        }
        if (word.matches("[A-Z][2-9]")) {
            return true;
        }
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            } else if (!Character.isDigit(c) && c != '-') {
                return false;
            }
        }
        return upper >= 2 && upper * 2 > letters;
    }

    /**
     * A word written with the letters of an acronym in capitals ("DIstribution", "LOw-rank", "COntrollable"):
     * the way a long form is spelled out to show where its acronym comes from.
     */
    static boolean spellsAnAcronym(String word) {
        return ACRONYM_SPELLING.matcher(word).matches();
    }

    /** "LLMs" -> "LLM", "GANs" -> "GAN"; other words unchanged. */
    static String singularAcronym(String word) {
        if (word.length() > 2 && word.endsWith("s") && Character.isUpperCase(word.charAt(word.length() - 2))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * Whether an acronym plausibly abbreviates the long form: their first letters agree, or the
     * acronym's letters are, in order, capitals of the long form ("DTR" in "In-Dataset Trajectory Return Regularization").
     */
    static boolean abbreviates(String acronym, String longForm) {
        if (longForm.isEmpty() || acronym.isEmpty()) {
            return false;
        }
        if (Character.toLowerCase(acronym.charAt(0)) == Character.toLowerCase(longForm.charAt(0))) {
            return true;
        }
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        String capitals = longForm.replaceAll("[^A-Z]", "");
        int k = 0;
        for (int i = 0; i < capitals.length() && k < letters.length(); i++) {
            if (capitals.charAt(i) == letters.charAt(k)) {
                k++;
            }
        }
        return letters.length() >= 2 && k == letters.length();
    }
}
