package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * Cuts a proposed artifact's phrase down to its name. "a multimodal reasoning model Infi-MMR-3B"
 * and "the SCHEMA model" name Infi-MMR-3B and SCHEMA: the descriptive words around a coined name
 * are not part of it. "SAAS: Solving Ability Amplification Strategy for ..." spells its name's
 * long form right after the colon; that long form is the same artifact's other name.
 */
final class ProposalNames {

    /** Words that say what kind of thing a name is, or that introduce it. */
    private static final Set<String> DESCRIPTORS = Set.of("model", "models", "framework", "method", "approach",
            "system", "architecture", "algorithm", "dataset", "benchmark", "corpus", "pipeline", "agent", "technique",
            "named", "called", "dubbed", "termed", "coined", "strategy", "paradigm", "toolkit", "library");

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "and", "the", "a", "an", "in", "on", "to",
            "with", "via", "by", "is", "are", "as", "at", "from", "or");

    private ProposalNames() {
    }

    /** The coined name inside a phrase, if the phrase is a name with descriptors around it. */
    static Chunk nameOf(Chunk chunk) {
        int first = -1;
        int last = -1;
        for (int i = chunk.from(); i < chunk.to(); i++) {
            if (Names.isCoinedName(chunk.sentence().token(i).word())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return trimDescriptors(chunk);
        }
        boolean descriptorsAfter = allDescriptors(chunk.sentence(), last + 1, chunk.to());
        boolean lowerBefore = allLowerCase(chunk.sentence(), chunk.from(), first);
        int from = lowerBefore ? first : chunk.from();
        int to = descriptorsAfter ? last + 1 : chunk.to();
        return new Chunk(chunk.sentence(), from, to);
    }

    /**
     * "a framework bridging Supervised Fine-Tuning": a kind word followed by a participle makes the
     * name after it what the artifact acts on, not the artifact's name, inside the phrase or right after it.
     */
    static boolean nameIsObjectOfParticiple(Chunk chunk) {
        Sentence sentence = chunk.sentence();
        if (participleAfterDescriptorBefore(sentence, chunk.from())) {
            // the chunker ends the kind word's phrase at the participle: "framework | bridging | Supervised Fine-Tuning"
            return true;
        }
        boolean descriptor = false;
        for (int i = chunk.from(); i < chunk.to(); i++) {
            Token token = sentence.token(i);
            if (Names.isCoinedName(token.word()) || Character.isUpperCase(token.word().charAt(0)) && descriptor) {
                return false;
            }
            if (DESCRIPTORS.contains(lower(sentence, i))) {
                descriptor = true;
            } else if (descriptor && (token.pos().equals("VBG") || token.pos().equals("VBN"))) {
                return true;
            }
        }
        return false;
    }

    /** "a framework bridging | Supervised Fine-Tuning": a kind word and a participle right before token {@code from}. */
    static boolean participleAfterDescriptorBefore(Sentence sentence, int from) {
        if (from < 2) {
            return false;
        }
        String pos = sentence.token(from - 1).pos();
        return (pos.equals("VBG") || pos.equals("VBN")) && DESCRIPTORS.contains(lower(sentence, from - 2))
                && !DESCRIPTORS.contains(lower(sentence, from - 1));
    }

    /** The first coined name in a phrase, if it has words before it. */
    static Optional<Integer> firstCoinedName(Chunk chunk) {
        for (int i = chunk.from() + 1; i < chunk.to(); i++) {
            if (Names.isCoinedName(chunk.sentence().token(i).word())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Chunk trimDescriptors(Chunk chunk) {
        int from = chunk.from();
        int to = chunk.to();
        while (to - from > 1 && DESCRIPTORS.contains(lower(chunk.sentence(), from))) {
            from++;
        }
        while (to - from > 1 && DESCRIPTORS.contains(lower(chunk.sentence(), to - 1))) {
            to--;
        }
        return new Chunk(chunk.sentence(), from, to);
    }

    /**
     * The words after position {@code start} whose initials (or capitals) spell {@code name}:
     * "Optimized Workforce Learning" for OWL, "State CHangEs MAtter" for SCHEMA.
     */
    static Optional<Chunk> longFormAfter(Sentence sentence, int start, String name) {
        String target = name.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        // "CasPL" abbreviates "Cascade Prompt Learning" by its capitals alone.
        String nameCapitals = name.replaceAll("[^A-Z]", "");
        if (target.length() < 2) {
            return Optional.empty();
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder capitals = new StringBuilder();
        for (int end = start; end < sentence.size() && end < start + 10; end++) {
            String word = sentence.token(end).word();
            if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) && end > start) {
                continue;
            }
            if (!Character.isLetter(word.charAt(0))) {
                return Optional.empty();
            }
            initials.append(Character.toUpperCase(word.charAt(0)));
            word.chars().filter(Character::isUpperCase).forEach(c -> capitals.append((char) c));
            if (end > start && (initials.toString().equals(target) || capitals.toString().equals(target)
                    || nameCapitals.length() >= 2 && initials.toString().equals(nameCapitals))) {
                return Optional.of(new Chunk(sentence, start, end + 1));
            }
            if (initials.length() > target.length() && capitals.length() > target.length()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "RePack (Representation Packing)": the words in parentheses right after a name, when they spell
     * it out, are its long form. {@code nameEnd} is the token after the name.
     */
    static Optional<Chunk> longFormInParentheses(Sentence sentence, int nameEnd, String name) {
        if (nameEnd >= sentence.size() || !isOpening(sentence.token(nameEnd).word())) {
            return Optional.empty();
        }
        for (int close = nameEnd + 3; close < sentence.size() && close <= nameEnd + 11; close++) {
            String word = sentence.token(close).word();
            if (isClosing(word)) {
                Chunk inside = new Chunk(sentence, nameEnd + 1, close);
                return spellsOut(name, words(inside)) ? Optional.of(inside) : Optional.empty();
            }
            if (!Character.isLetter(word.charAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "Decomposing Generation Networks (DGN)": the shortest run of words right before the
     * parenthesis at {@code open} that spells out {@code acronym}.
     */
    static Optional<Chunk> longFormBefore(Sentence sentence, int open, String acronym) {
        for (int from = open - 2; from >= 0 && from >= open - 10; from--) {
            String word = sentence.token(from).word();
            if (!Character.isLetter(word.charAt(0))) {
                return Optional.empty();
            }
            if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Chunk span = new Chunk(sentence, from, open);
            if (spellsOut(acronym, words(span))) {
                return Optional.of(withCapitalisedArticle(span));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether words spell out a short name: their initials (or their capitals) are its letters
     * ("Representation Packing" for RP), or the name is the words' beginnings run together: every word
     * gives it a prefix, function words may give none ("Re"+"Pack" in RePack, "Temp"+"Flow"+"GRPO" in
     * TempFlow-GRPO). Hyphenated words count as one word for initials and as their parts for prefixes.
     */
    static boolean spellsOut(String name, List<String> words) {
        String letters = name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        List<String> content = words.stream().filter(w -> !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))).toList();
        if (letters.length() < 2 || content.size() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder capitals = new StringBuilder();
        for (String word : content) {
            initials.append(Character.toLowerCase(word.charAt(0)));
            word.chars().filter(Character::isUpperCase).forEach(c -> capitals.append((char) Character.toLowerCase(c)));
        }
        if (initials.toString().equals(letters) || capitals.toString().equals(letters)) {
            return true;
        }
        List<String> parts = new ArrayList<>();
        List<Boolean> optional = new ArrayList<>();
        for (String word : words) {
            for (String part : word.toLowerCase(Locale.ROOT).split("-")) {
                if (!part.isEmpty()) {
                    parts.add(part.replaceAll("[^a-z0-9]", ""));
                    optional.add(FUNCTION_WORDS.contains(part));
                }
            }
        }
        return prefixes(letters, 0, parts, optional, 0);
    }

    /** Whether {@code letters} from {@code at} on is the parts from {@code part} on, each cut to a prefix. */
    private static boolean prefixes(String letters, int at, List<String> parts, List<Boolean> optional, int part) {
        if (part == parts.size()) {
            return at == letters.length();
        }
        String word = parts.get(part);
        if (optional.get(part) && prefixes(letters, at, parts, optional, part + 1)) {
            return true;
        }
        for (int n = 1; n <= word.length() && at + n <= letters.length(); n++) {
            if (letters.charAt(at + n - 1) != word.charAt(n - 1)) {
                return false;
            }
            if (prefixes(letters, at + n, parts, optional, part + 1)) {
                return true;
            }
        }
        return false;
    }

    /** "the A Tree is All You Need (T-AYN) method": a capitalised article inside a sentence belongs to the name. */
    static Chunk withCapitalisedArticle(Chunk chunk) {
        int from = chunk.from();
        if (from >= 2 && isCapitalisedFunctionWord(chunk.sentence().token(from - 1).word())) {
            return new Chunk(chunk.sentence(), from - 1, chunk.to());
        }
        return chunk;
    }

    private static boolean isCapitalisedFunctionWord(String word) {
        return Character.isUpperCase(word.charAt(0)) && FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static List<String> words(Chunk chunk) {
        return chunk.tokens().stream().map(t -> t.word()).toList();
    }

    /** "( POET )" starting at token {@code open}: the acronym in parentheses there, if there is one. */
    static Optional<String> acronymInParentheses(Sentence sentence, int open) {
        if (open < 0 || open + 2 >= sentence.size() || !isOpening(sentence.token(open).word())
                || !isClosing(sentence.token(open + 2).word()) || !Names.isAcronym(sentence.token(open + 1).word())) {
            return Optional.empty();
        }
        return Optional.of(sentence.token(open + 1).word());
    }

    static boolean isOpening(String word) {
        return word.equals("(") || word.equals("-LRB-");
    }

    static boolean isClosing(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }

    private static boolean allDescriptors(Sentence sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!DESCRIPTORS.contains(lower(sentence, i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allLowerCase(Sentence sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = sentence.token(i).word();
            if (!word.equals(word.toLowerCase(Locale.ROOT)) && !DESCRIPTORS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(Sentence sentence, int i) {
        return sentence.token(i).word().toLowerCase(Locale.ROOT);
    }
}
