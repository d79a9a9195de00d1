package org.papergraph.concepts;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.papergraph.ingest.PaperIds;
import org.papergraph.nlp.Token;
import org.papergraph.nlp.WordShape;

/**
 * Canonical labels and keys. The label is lower case except for acronyms and coined names
 * (PLATO-2, GPT-4, BLEU), with a singular head ("diffusion models" = "diffusion model"). The key
 * folds case, hyphens and spacing ("Fine-tuning" = "fine tuning"), so it identifies the concept.
 */
public final class Labels {

    private static final int MAX_KEY_LENGTH = 80;
    // Compiled once: keys are made for every mention and evidence node of every paper.
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern DATA_SET = Pattern.compile("\\bdata-set\\b");
    /** Between a letter and a digit: "CIFAR100" and "CIFAR-100", "Llama2" and "Llama 2" are one name. */
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})");
    private static final Pattern SPACE_BEFORE_NUMBER = Pattern.compile("(?<=\\p{L}) (?=\\p{N})");
    private static final Pattern SPACED_JOINER = Pattern.compile("\\s+([-/])\\s+");
    private static final Pattern SPACING = Pattern.compile("[\\s\\-‐‑–]+");
    private static final Set<String> DATASET_WORDS = Set.of(
            "dataset", "datasets", "data-set", "benchmark", "benchmarks", "corpus");

    private Labels() {
    }

    public static String canonicalLabel(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean head = i == tokens.size() - 1;
            words.add(canonicalWord(token, head));
        }
        return SPACED_JOINER.matcher(Normalizer.normalize(String.join(" ", words), Normalizer.Form.NFKC))
                .replaceAll("$1")
                .strip();
    }

    /**
     * A dataset's name without the word "dataset" after it: "the OphVL dataset", "the GAIA benchmark" and
     * "OphVL" are one dataset. Only names are shortened: "image classification dataset" stays whole.
     */
    public static List<Token> datasetName(List<Token> tokens) {
        int last = tokens.size() - 1;
        if (last < 1 || !DATASET_WORDS.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))) {
            return tokens;
        }
        boolean named = tokens.subList(0, last).stream().allMatch(t -> keepsCase(t.word()));
        return named ? tokens.subList(0, last) : tokens;
    }

    private static String canonicalWord(Token token, boolean head) {
        String word = token.word();
        if (keepsCase(word)) {
            return head ? singularAcronym(word) : word;
        }
        if (head && (token.pos().equals("NNS") || token.pos().equals("NNPS")) && token.lemma() != null
                && !token.lemma().isBlank() && !token.lemma().equalsIgnoreCase("datum") // "data" is no plural of use
                && !word.toLowerCase(Locale.ROOT).contains("-of-")) { // "Mixture-of-Experts" is one mixture, not many
            return token.lemma().toLowerCase(Locale.ROOT);
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /** Acronyms and coined names keep their case (PLATO-2, BLEU, DexTrack); "Open-Domain" does not. */
    public static boolean keepsCase(String word) {
        return WordShape.isCoinedName(word);
    }

    static String singularAcronym(String word) {
        if (word.length() > 2 && word.endsWith("s") && Character.isUpperCase(word.charAt(word.length() - 2))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * Bound prefixes written solid, hyphenated or spaced ("finetuning", "fine-tuning", "fine tuning";
     * "pretraining", "pre-training"; "data set", "dataset"): the key writes them solid.
     */
    private static final Pattern BOUND_PREFIX = Pattern.compile(
            "\\b(fine|pre|post|self|semi|multi|co|non|re|sub|meta|hyper|cross|inter|intra|anti)-(?=\\p{L})");

    /**
     * The identity of a label: lower case, letters and digits, one hyphen between words and before a number
     * that follows letters. Safe in an IRI.
     */
    public static String key(String label) {
        return slug(LETTER_DIGIT.matcher(label).replaceAll("-"));
    }

    /**
     * A paper identifier's form in IRIs: as {@link #key} but with letters and digits left as they stand, since
     * an identifier ("t4a1c934d3d98f3ce") is opaque and its IRIs must stay those of earlier builds.
     */
    public static String idKey(String id) {
        return slug(id);
    }

    private static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String hyphenated = EDGE_HYPHENS.matcher(NON_WORD.matcher(folded).replaceAll("-")).replaceAll("");
        String key = DATA_SET.matcher(BOUND_PREFIX.matcher(hyphenated).replaceAll("$1")).replaceAll("dataset");
        if (key.isEmpty()) {
            return "x" + PaperIds.sha256Hex(text).substring(0, 12);
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_LENGTH) {
            String prefix = key.substring(0, Math.min(key.length(), 50)).replaceAll("-+$", "");
            return prefix + "-" + PaperIds.sha256Hex(text).substring(0, 10);
        }
        return key;
    }

    /**
     * The forms a query finds a label by: lower case with hyphens as spaces ("fine tuning"), the key's form
     * with bound prefixes solid ("finetuning"), and that form with numbers joined to the letters before them
     * ("cifar100" for "CIFAR-100"). Named queries compare the user's text, lower-cased with hyphens as
     * spaces, against these.
     */
    public static Set<String> lookupKeys(String label) {
        String keyForm = key(label).replace('-', ' ');
        return new TreeSet<>(List.of(lookupKey(label), keyForm, SPACE_BEFORE_NUMBER.matcher(keyForm).replaceAll("")));
    }

    /** The form a user's query text is compared in: lower case, hyphens and runs of space as one space. */
    public static String lookupKey(String label) {
        return SPACING.matcher(Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
    }
}
