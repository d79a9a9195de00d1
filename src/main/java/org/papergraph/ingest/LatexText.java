package org.papergraph.ingest;

import java.text.Normalizer;
import java.util.Map;

/**
 * Decodes the LaTeX that arXiv and BibTeX put in titles, abstracts and names: accents
 * ({@code \"o}, {@code {\'e}}, {@code \c{c}}), special letters ({@code \ss}, {@code \o}), escaped
 * symbols, dashes and quotes, and protective braces. Math ({@code $...$}) is kept as written: it has no
 * faithful plain-text form and readers of the graph recognise it.
 */
final class LatexText {

    private static final Map<Character, Character> COMBINING = Map.ofEntries(
            Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'), Map.entry('"', '\u0308'),
            Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('u', '\u0306'),
            Map.entry('v', '\u030C'), Map.entry('H', '\u030B'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'),
            Map.entry('r', '\u030A'), Map.entry('d', '\u0323'), Map.entry('b', '\u0331'));

    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("l", "ł"),
            Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("dh", "ð"), Map.entry("th", "þ"),
            Map.entry("TH", "Þ"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("ldots", "…"),
            Map.entry("dots", "…"), Map.entry("textquoteright", "’"), Map.entry("textquoteleft", "‘"));

    private LatexText() {
    }

    static String decode(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('{') < 0 && text.indexOf('~') < 0 && !text.contains("--")
                && !text.contains("``") && !text.contains("''")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean math = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && (i == 0 || text.charAt(i - 1) != '\\')) {
                math = !math;
                out.append(c);
                i++;
            } else if (math) {
                out.append(c);
                i++;
            } else if (c == '\\' && i + 1 < text.length()) {
                i = command(text, i + 1, out);
            } else if (c == '{' || c == '}') {
                i++;
            } else if (c == '~') {
                out.append(' ');
                i++;
            } else if (text.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (text.startsWith("--", i)) {
                out.append('–');
                i += 2;
            } else if (text.startsWith("``", i) || text.startsWith("''", i)) {
                out.append('"');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Decodes the command starting after a backslash at {@code i}; returns where reading goes on. */
    private static int command(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        Character mark = COMBINING.get(c);
        boolean symbolAccent = mark != null && !Character.isLetter(c);
        boolean letterAccent = mark != null && Character.isLetter(c)
                && i + 1 < text.length() && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == ' ')
                && !startsWord(text, i);
        if (symbolAccent || letterAccent) {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) == ' ' && letterAccent) {
                j++;
            }
            String base;
            if (j < text.length() && text.charAt(j) == '{') {
                int close = text.indexOf('}', j);
                if (close < 0) {
                    return j;
                }
                base = text.substring(j + 1, close);
                j = close + 1;
            } else if (j < text.length()) {
                base = text.substring(j, j + 1);
                j++;
            } else {
                return j;
            }
            // A dotless i or j under an accent is how LaTeX writes í: the accent takes the place of the dot.
            base = base.equals("\\i") ? "i" : base.equals("\\j") ? "j"
                    : base.startsWith("\\") && LETTERS.containsKey(base.substring(1)) ? LETTERS.get(base.substring(1)) : base;
            if (!base.isEmpty()) {
                out.append(base.charAt(0)).append(mark.charValue()).append(base, 1, base.length());
            }
            return j;
        }
        if (!Character.isLetter(c)) {
            out.append(c == '\\' ? ' ' : c);
            return i + 1;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String name = text.substring(i, j);
        String letter = LETTERS.get(name);
        if (letter != null) {
            out.append(letter);
        } else if (!isFormatting(name)) {
            // An unknown command (\emph is formatting, \LaTeX a word) keeps its name so no text is lost.
            out.append('\\').append(name);
        }
        if (j < text.length() && text.charAt(j) == ' ' && letter != null) {
            j++;
        }
        return j;
    }

    /** "\v" in "\vec" is a command of its own, not the caron accent. */
    private static boolean startsWord(String text, int i) {
        return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean isFormatting(String name) {
        return switch (name) {
            case "emph", "textit", "textbf", "textsc", "textrm", "texttt", "textsf", "mathrm", "it", "bf", "em", "sc",
                 "rm", "tt", "sf", "url", "href", "mbox", "hbox", "protect", "relax", "noopsort", "textnormal" -> true;
            default -> false;
        };
    }
}
