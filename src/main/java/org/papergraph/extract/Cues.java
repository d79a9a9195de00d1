package org.papergraph.extract;

import java.util.Locale;
import java.util.Set;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/** The words around a phrase that say how the paper relates to it. */
final class Cues {

    /** "without RL", "unlike curriculum learning": the paper does not use it. */
    private static final Set<String> NEGATION = Set.of("without", "unlike", "w/o", "instead", "rather", "except",
            "excluding", "beyond", "no", "not", "nor");

    /** "via X", "using X", "based on X": the thing before employs X. */
    private static final Set<String> USE = Set.of("via", "using", "use", "uses", "used", "with", "through", "by",
            "leverage", "leverages", "leveraging", "employ", "employs", "employing", "apply", "applies", "applying",
            "applied", "adopt", "adopts", "adopting", "utilize", "utilizes", "utilizing", "utilise", "exploit",
            "exploits", "exploiting", "incorporate", "incorporates", "incorporating", "integrate", "integrates",
            "integrating", "combine", "combines", "combining", "on", "upon", "from", "of");

    /** Verbs a paper introduces its own artifact with. */
    private static final Set<String> PROPOSE_LEMMAS = Set.of("propose", "introduce", "present", "develop",
            "design", "contribute", "release", "construct", "devise", "create", "build", "curate", "collect", "derive",
            "formulate");

    /** "termed X", "called X": naming the artifact just described. */
    private static final Set<String> NAMING = Set.of("termed", "dubbed", "called", "named", "coined");

    private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "i", "my");

    /** Words that put what follows in earlier work: "while previous work has explored X". */
    private static final Set<String> PRIOR_WORK = Set.of("previous", "prior", "existing", "earlier", "conventional",
            "traditional");

    private static final Set<String> CONCESSIVE_OPENERS = Set.of("while", "although", "though", "whereas", "despite");

    /** Words that make a sentence about evaluation: "experiments on X", "we evaluate on X". */
    private static final Set<String> EVALUATION = Set.of("evaluate", "evaluated", "evaluating", "evaluation",
            "evaluations", "experiment", "experiments", "experimental", "test", "tested", "results", "validate",
            "validated", "benchmark", "benchmarks", "outperform", "outperforms", "achieve", "achieves", "trained");

    private static final Set<String> COLLECTIONS = Set.of("datasets", "benchmarks", "corpora", "dataset", "benchmark");

    private Cues() {
    }

    /** A negation or contrast within the three tokens before the phrase. */
    static boolean negated(Chunk chunk) {
        return negatedBefore(chunk.sentence(), chunk.from());
    }

    /** A negation or contrast within the three tokens before token {@code from}. */
    static boolean negatedBefore(Sentence sentence, int from) {
        for (int i = Math.max(0, from - 3); i < from; i++) {
            if (NEGATION.contains(lower(sentence.token(i)))) {
                return true;
            }
        }
        return false;
    }

    /** "Recent works", "previous methods": the subject is someone else's work. */
    private static final Set<String> OTHERS = Set.of("work", "works", "studies", "study", "approaches", "methods",
            "efforts", "research", "literature", "attempts");

    /** "an extensively studied method", "widely used": the thing is established, not this paper's doing. */
    private static final Set<String> ESTABLISHED = Set.of("extensively", "widely", "well", "commonly", "long");

    private static final Set<String> ESTABLISHED_PARTICIPLES = Set.of("studied", "used", "adopted", "explored",
            "investigated", "established", "known", "applied");

    /** Verbs by which others' work takes up a method: "recent works use X", "prior methods rely on X". */
    private static final Set<String> TAKE_UP = Set.of("use", "uses", "used", "using", "adopt", "adopts", "adopted",
            "employ", "employs", "employed", "leverage", "leverages", "leveraged", "apply", "applies", "applied",
            "rely", "relies", "relied", "require", "requires", "required", "utilize", "utilizes", "utilized");

    /**
     * A sentence about what others' work takes up, not about the paper's own: "Recent works use
     * approaches like X", "Prior methods require X", "X is an extensively studied methodology". Token
     * {@code at} is the phrase in question. A first-person sentence is always the paper's own, and
     * "prior work in X" or "recent works explore X" only say what field the paper is in.
     */
    static boolean othersWork(Sentence sentence, int at) {
        if (firstPerson(sentence)) {
            return false;
        }
        for (int i = 0; i + 1 < sentence.size(); i++) {
            String word = lower(sentence.token(i));
            String next = lower(sentence.token(i + 1));
            if (ESTABLISHED.contains(word) && ESTABLISHED_PARTICIPLES.contains(next)) {
                return true;
            }
            if (i + 1 < at && (PRIOR_WORK.contains(word) || word.equals("recent")) && OTHERS.contains(next)) {
                for (int k = i + 2; k < at; k++) {
                    if (TAKE_UP.contains(lower(sentence.token(k)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A use cue right before the phrase (allowing a determiner or adjective between). */
    static boolean introducedByUse(Chunk chunk) {
        Sentence sentence = chunk.sentence();
        for (int i = chunk.from() - 1; i >= Math.max(0, chunk.from() - 3); i--) {
            Token token = sentence.token(i);
            String word = lower(token);
            if (USE.contains(word) || word.equals("based") && i + 1 < sentence.size() && lower(sentence.token(i + 1)).equals("on")) {
                return !word.equals("of") && !word.equals("on") && !word.equals("from") || precededByUseVerb(sentence, i);
            }
            if (!(token.pos().equals("DT") || token.pos().startsWith("JJ") || token.pos().equals("PRP$"))) {
                return false;
            }
        }
        return false;
    }

    /** "based on X", "built upon X", "learn from X": a preposition is a use cue only after such a verb. */
    private static boolean precededByUseVerb(Sentence sentence, int prepositionIndex) {
        if (prepositionIndex == 0) {
            return false;
        }
        String before = lower(sentence.token(prepositionIndex - 1));
        return before.equals("based") || before.equals("built") || before.equals("builds") || before.equals("build")
                || before.equals("relies") || before.equals("rely") || before.equals("relying") || before.equals("grounded");
    }

    /** The sentence speaks of the paper's own work: "we", "our", "this paper", "the proposed". */
    static boolean firstPerson(Sentence sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            String word = lower(sentence.token(i));
            if (FIRST_PERSON.contains(word)) {
                return true;
            }
            if ((word.equals("this") || word.equals("the")) && i + 1 < sentence.size()) {
                String next = lower(sentence.token(i + 1));
                if (next.equals("paper") || next.equals("work") || next.equals("study") || next.equals("proposed")
                        || next.equals("article")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The phrase sits in a clause about earlier work, or opened by a concession ("While ... X, we ..."). */
    static boolean priorWork(Chunk chunk) {
        Sentence sentence = chunk.sentence();
        if (sentence.size() > 0 && CONCESSIVE_OPENERS.contains(lower(sentence.token(0)))) {
            for (int i = 1; i < chunk.from(); i++) {
                if (lower(sentence.token(i)).equals(",")) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < chunk.from(); i++) {
            if (PRIOR_WORK.contains(lower(sentence.token(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A named collection in an evaluation context: "datasets including DSEC Night-Point",
     * "experiments on ImageNet and COCO".
     */
    static boolean datasetContext(Chunk chunk) {
        Sentence sentence = chunk.sentence();
        int from = chunk.from();
        for (int i = from - 1; i >= Math.max(0, from - 4); i--) {
            String word = lower(sentence.token(i));
            if (word.equals("including") || word.equals("such") || word.equals("like") || word.equals(":")) {
                for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                    if (COLLECTIONS.contains(lower(sentence.token(j)))) {
                        return true;
                    }
                }
            }
        }
        int preposition = from - 1;
        while (preposition >= 0 && (sentence.token(preposition).pos().equals("DT")
                || lower(sentence.token(preposition)).equals(",") || lower(sentence.token(preposition)).equals("and"))) {
            preposition--;
        }
        if (preposition >= 0 && (lower(sentence.token(preposition)).equals("on") || lower(sentence.token(preposition)).equals("across"))) {
            for (int i = 0; i < preposition; i++) {
                if (EVALUATION.contains(lower(sentence.token(i)))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isProposeVerb(Token token) {
        return token.pos().startsWith("VB") && PROPOSE_LEMMAS.contains(lemma(token));
    }

    /** Words before a verb that make it a question or a possibility rather than a statement. */
    private static final Set<String> MODALS = Set.of("can", "could", "would", "should", "might", "may");

    /**
     * "how can we build AI systems that ...", "our ability to build them": a verb after a modal, or after "to"
     * that follows a noun, asks or hopes; it does not say what the paper did.
     */
    static boolean isUnasserted(Sentence sentence, int verb) {
        int before = verb - 1;
        if (before >= 1 && lower(sentence.token(before)).equals("we")) {
            before--;
        }
        if (before < 0) {
            return false;
        }
        String word = lower(sentence.token(before));
        // "our ability to build" hopes; "allows us to propose" and "we aim to introduce" state what the paper does
        return MODALS.contains(word) || word.equals("to") && before > 0 && sentence.token(before - 1).pos().startsWith("NN");
    }

    static boolean isNamingWord(Token token) {
        return NAMING.contains(lower(token));
    }

    /** Verbs a writer names their own thing with: "we call it X", "we term this X". */
    private static final Set<String> NAMING_LEMMAS = Set.of("call", "term", "name", "dub", "coin");

    /**
     * Where the name starts when token {@code i} ends a naming cue: "termed X", "called X", "we call X",
     * "(is) referred to as X", "we refer to it as X". Empty when token {@code i} ends none.
     */
    static java.util.Optional<Integer> namingCueEnd(Sentence sentence, int i) {
        Token token = sentence.token(i);
        if (isNamingWord(token)) {
            return java.util.Optional.of(i + 1);
        }
        if (token.pos().startsWith("VB") && NAMING_LEMMAS.contains(lemma(token)) && i > 0
                && lower(sentence.token(i - 1)).equals("we")) {
            return java.util.Optional.of(i + 1);
        }
        if (lower(token).equals("as")) {
            for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
                if (lemma(sentence.token(k)).equals("refer") && lower(sentence.token(k + 1)).equals("to")) {
                    return java.util.Optional.of(i + 1);
                }
            }
        }
        return java.util.Optional.empty();
    }

    static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
