package org.papergraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.papergraph.nlp.Sentence;

/**
 * Cuts a proposed artifact's phrase down to its name. "a multimodal reasoning model Infi-MMR-3B"
 * and "the SCHEMA model" name Infi-MMR-3B and SCHEMA: the descriptive words around a coined name
 * are not part of it. "SAAS: Solving Ability Amplification Strategy for ..." spells its name's
 * long form right after the colon; that long form is the same artifact's other name.
 */
final class ProposalNames {

    /** Words that say what kind of thing a name is, or that introduce it. */
    private static final Set<String> DESCRIPTORS = Set.of("model", "models", "framework", "method", "approach",
            "system", "architecture", "algorithm", "dataset", "benchmark", "pipeline", "agent", "technique",
            "named", "called", "dubbed", "termed", "coined", "strategy", "paradigm", "toolkit", "library");

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "and", "the", "a", "an", "in", "on", "to",
            "with", "via", "by");

    private ProposalNames() {
    }

    /** The coined name inside a phrase, if the phrase is a name with descriptors around it. */
    static Chunk nameOf(Chunk chunk) {
        int first = -1;
        int last = -1;
        for (int i = chunk.from(); i < chunk.to(); i++) {
            if (isCoinedName(chunk.sentence().token(i).word())) {
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

    /** A coined name, not a quantity such as "3D", "7B" or "4K". */
    static boolean isCoinedName(String word) {
        return Names.isNameToken(word) && !word.matches("\\d+[A-Za-z]");
    }

    /** The first coined name in a phrase, if it has words before it. */
    static Optional<Integer> firstCoinedName(Chunk chunk) {
        for (int i = chunk.from() + 1; i < chunk.to(); i++) {
            if (isCoinedName(chunk.sentence().token(i).word())) {
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
