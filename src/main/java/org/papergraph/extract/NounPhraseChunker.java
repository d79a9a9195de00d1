package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * Finds candidate noun phrases from parts of speech: adjectives, participles and nouns ending in a
 * noun ("offline preference-based reinforcement learning", "PLATO-2"). Leading evaluative words
 * ("a novel", "our proposed", "the standard") are not part of a concept's name and are left out.
 */
final class NounPhraseChunker {

    /** Words that praise or position a thing rather than name it. */
    private static final Set<String> EVALUATIVE = Set.of(
            "novel", "new", "proposed", "simple", "effective", "efficient", "existing", "standard", "various",
            "different", "several", "many", "more", "most", "other", "such", "certain", "previous", "prior",
            "recent", "current", "traditional", "conventional", "first", "second", "third", "key", "main",
            "general", "specific", "powerful", "promising", "strong", "popular", "common", "typical", "original",
            "improved", "better", "best", "higher", "lower", "worse", "superior", "competitive", "faster", "stronger", "state-of-the-art", "sota", "same", "similar", "whole", "entire", "overall",
            "significant", "substantial", "extensive", "comprehensive", "large-scale", "unified", "unique", "complex",
            "downstream", "difficult", "hard", "easy", "real-world", "given", "wide", "broad", "numerous",
            "particular", "underlying", "crucial", "critical", "important", "fundamental", "robust", "scalable",
            "challenging", "diverse", "multiple", "each", "every", "all", "both", "few", "additional", "further",
            "prominent", "widely-used", "well-known", "tailored", "generic", "principled", "practical",
            "theoretical", "empirical", "systematic", "first-ever", "so-called", "respective",
            // degree and quality: "high accuracy", "near-perfect accuracy", "distinct tasks", "available datasets"
            "high", "low", "good", "great", "poor", "perfect", "near-perfect", "high-quality", "low-quality",
            "distinct", "available", "publicly-available", "widely-adopted", "widely-studied", "arduous", "degraded",
            "enough", "enhanced", "sophisticated", "rigorous", "inefficient", "precise", "rapid", "maximal", "consistent",
            "required", "oft-cited",
            // when or whose, not what: "the old tasks", "incoming tasks", "the desired task", "possible problems"
            "old", "later", "incoming", "subsequent", "retained", "desired", "individual", "possible", "meaningful",
            "limited", "successful", "preliminary", "latest", "contemporary", "related", "useful", "detailed",
            "ultimate", "deeper", "simultaneous", "suitable", "modern", "innovative", "generalizable", "imperfect",
            "impactful", "increased", "minimal", "obtained", "alternative", "thorough", "in-depth");

    /** Never part of a name: naming verbs ("termed X") and abbreviations of running text. */
    private static final Set<String> NOT_CHUNK_WORDS = Set.of("%", "etc", "et", "al", "i.e.", "e.g.", "termed",
            "dubbed", "called", "named", "coined", "using", "leveraging", "employing", "applying", "adopting",
            "utilizing", "utilising", "exploiting", "incorporating", "integrating", "combining", "including",
            "following", "achieving", "enabling", "improving", "making", "allowing", "providing", "requiring",
            "yielding", "resulting", "showing", "given", "compared", "based");

    /** Reporting verbs the tagger often reads as nouns at a phrase start: "(and) report top-1 accuracy". */
    private static final Set<String> VERB_LIKE_STARTS = Set.of("report", "reports", "use", "uses", "show", "shows",
            "study", "studies", "achieve", "achieves", "outperform", "outperforms", "train", "trains", "evaluate",
            "evaluates", "improve", "improves", "need", "needs", "require", "requires", "enable", "enables");

    /** Verbs in the third person that are not nouns as well, so that a noun before them is their subject. */
    private static final Set<String> CLAUSE_VERBS = Set.of("enables", "improves", "outperforms", "requires", "achieves",
            "yields", "allows", "leverages", "employs", "utilizes", "exhibits", "induces", "mitigates", "boosts");

    /** Artifact nouns that a participle after them describes ("a framework enhancing X", "a model trained on"). */
    private static final Set<String> GENERIC_ARTIFACTS = Set.of("framework", "model", "models", "method", "methods",
            "approach", "algorithm", "technique", "system", "pipeline", "architecture", "agent", "policy");

    List<Chunk> chunks(Sentence tagged) {
        Sentence sentence = namesAsNouns(tagged);
        List<Chunk> result = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            if (!canStart(sentence, i)) {
                i++;
                continue;
            }
            int j = i;
            boolean clauseFollows = false;
            while (j < sentence.size() && canContinue(sentence.token(j))) {
                if (j > i && startsClause(sentence, j)) {
                    clauseFollows = true;
                    break;
                }
                j++;
            }
            int end = j;
            while (end > i && !canEnd(sentence, end - 1)) {
                end--;
            }
            int start = i;
            if (end - start > 1 && VERB_LIKE_STARTS.contains(sentence.token(start).word().toLowerCase(Locale.ROOT))
                    && (start == 0 || isClauseLink(sentence.token(start - 1)))) {
                start++;
            }
            while (start < end && (isEvaluative(sentence.token(start)) || isNextBeforeHead(sentence, start, end))) {
                start++;
            }
            if (end - start >= 2 && isGerundWithObject(sentence, start)) {
                start++;
            }
            if (start < end) {
                result.add(new Chunk(sentence, start, end));
            }
            i = Math.max(clauseFollows ? j + 1 : j, i + 1); // the verb that starts the clause is no phrase
        }
        return result;
    }

    /**
     * "training dexterous manipulation policies", "training LLMs": an -ing word the tagger read as a noun,
     * followed by an adjective or an acronym, is a verb with its object; the phrase is the object. "training
     * data" and "learning rate" are compounds (a noun follows).
     */
    private static boolean isGerundWithObject(Sentence sentence, int start) {
        Token first = sentence.token(start);
        String next = sentence.token(start + 1).pos();
        return first.word().endsWith("ing") && Character.isLowerCase(first.word().charAt(0))
                && (first.pos().equals("NN") || first.pos().equals("VBG"))
                && (next.startsWith("JJ") || next.equals("VBN") || Names.isAcronym(sentence.token(start + 1).word()));
    }

    /**
     * "the next task", "the next generation": "next" right before the head says which one, not what it is,
     * while "next sentence prediction" names a task with it.
     */
    private static boolean isNextBeforeHead(Sentence sentence, int start, int end) {
        return end - start == 2 && sentence.token(start).word().equalsIgnoreCase("next");
    }

    /**
     * A verb the tagger read as part of a noun phrase, starting a clause about the phrase before it:
     * "reinforcement learning enables/NNS generalization", "a framework enhancing/VBG counterspeech generation",
     * "HannesImitationDataset comprising/VBG grasping demonstrations".
     * A nominal -ing after a specific noun ("curriculum learning", "cable routing") stays in the phrase.
     */
    private static boolean startsClause(Sentence sentence, int j) {
        String word = sentence.token(j).word().toLowerCase(Locale.ROOT);
        if (j + 1 >= sentence.size() || !canContinue(sentence.token(j + 1)) || !sentence.token(j - 1).isNoun()) {
            return false;
        }
        if (CLAUSE_VERBS.contains(word)) {
            return true;
        }
        Token before = sentence.token(j - 1);
        return sentence.token(j).pos().equals("VBG") && !HeadLexicon.isHeadWord(word)
                && (GENERIC_ARTIFACTS.contains(before.word().toLowerCase(Locale.ROOT)) || Names.isCoinedName(before.word()));
    }

    /** A word that praises, grades or places a thing rather than names it ("novel", "high", "old"). */
    static boolean isEvaluative(Token token) {
        return EVALUATIVE.contains(token.word().toLowerCase(Locale.ROOT));
    }

    /**
     * The tagger reads a capitalised word in mid-sentence as a verb now and then ("we develop
     * Multi-Task/VB Trajectory Transfer"); mid-sentence capitals mark names, so such a word is a proper noun.
     */
    static Sentence namesAsNouns(Sentence sentence) {
        List<Token> tokens = new ArrayList<>(sentence.tokens());
        boolean changed = false;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.pos().startsWith("VB") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
                    && !tokens.get(i - 1).word().equals(":")) {
                tokens.set(i, new Token(t.word(), t.lemma(), "NNP", t.begin(), t.end()));
                changed = true;
            } else if (Cues.isNamingWord(t) && i + 1 < tokens.size() && startsUpper(tokens.get(i + 1).word())) {
                // "termed Hierarchical Reward Fine-tuning": the naming verb introduces the name, it is not part of it.
                tokens.set(i, new Token(t.word(), t.lemma(), "VBD", t.begin(), t.end()));
                changed = true;
            }
        }
        return changed ? new Sentence(sentence.index(), sentence.text(), sentence.begin(), sentence.end(), tokens) : sentence;
    }

    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** A participle after an auxiliary is a verb ("has explored X"), not the start of a name. */
    private static boolean isClauseLink(Token token) {
        String pos = token.pos();
        return pos.equals("CC") || pos.equals("PRP") || pos.equals("RB") || pos.equals(",") || pos.equals("WDT");
    }

    private static boolean canStart(Sentence sentence, int i) {
        Token token = sentence.token(i);
        if (!canContinue(token) || token.pos().equals("VBG")) {
            return false;
        }
        if (token.pos().equals("VBN") && i > 0) {
            String before = sentence.token(i - 1).pos();
            return !(before.startsWith("VB") || before.equals("MD") || before.equals("RB"));
        }
        return true;
    }

    private static boolean canContinue(Token token) {
        String pos = token.pos();
        if (NOT_CHUNK_WORDS.contains(token.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG")
                || pos.equals("FW") || (pos.equals("CD") && Names.isNameToken(token.word()));
    }

    /** A phrase ends in a noun, a nominal -ing ("curriculum learning") or a coined name. */
    private static boolean canEnd(Sentence sentence, int i) {
        Token token = sentence.token(i);
        String pos = token.pos();
        if (pos.startsWith("NN") || pos.equals("FW")) {
            return true;
        }
        if (Names.isNameToken(token.word())) {
            return true;
        }
        return pos.equals("VBG") && i > 0 && (sentence.token(i - 1).isNoun() || sentence.token(i - 1).pos().startsWith("JJ"));
    }
}
