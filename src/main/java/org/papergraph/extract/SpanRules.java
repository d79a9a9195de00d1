package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.papergraph.nlp.Sentence;

/** High-precision corrections of the tagger's spans ({@link SpanRule}); only the enabled rules run. */
final class SpanRules {

    private static final Set<String> DATASET_HEADS = Set.of("dataset", "datasets", "benchmark", "benchmarks",
            "corpus", "corpora", "treebank", "data-set");

    private final Set<SpanRule> enabled;

    SpanRules(Set<SpanRule> enabled) {
        this.enabled = enabled.isEmpty() ? EnumSet.noneOf(SpanRule.class) : EnumSet.copyOf(enabled);
    }

    /** What earlier sentences of the same text established: acronyms and their types. */
    static final class DocumentState {
        final Map<String, SciType> acronyms = new HashMap<>();
        final Map<List<String>, SciType> phrases = new HashMap<>();
    }

    DocumentState newDocument() {
        return new DocumentState();
    }

    List<SciSpan> apply(Sentence sentence, List<SciSpan> tagged, DocumentState state) {
        List<SciSpan> spans = new ArrayList<>(tagged);
        if (enabled.contains(SpanRule.SPLIT_PARENTHESES)) {
            splitParentheses(sentence, spans);
        }
        if (enabled.contains(SpanRule.ACRONYM_DEFINITION)) {
            acronyms(sentence, spans, state);
        }
        if (enabled.contains(SpanRule.DATASET_PHRASE)) {
            datasetPhrases(sentence, spans);
        }
        if (enabled.contains(SpanRule.IN_TERMS_OF)) {
            inTermsOf(sentence, spans);
        }
        if (enabled.contains(SpanRule.REPEATED_PHRASE)) {
            repeatedPhrases(sentence, spans, state);
        }
        spans.sort(Comparator.comparingInt(SciSpan::from));
        return spans;
    }

    private static void repeatedPhrases(Sentence sentence, List<SciSpan> spans, DocumentState state) {
        for (Map.Entry<List<String>, SciType> phrase : state.phrases.entrySet()) {
            List<String> words = phrase.getKey();
            for (int i = 0; i + words.size() <= sentence.size(); i++) {
                if (matches(sentence, i, words)) {
                    SciSpan span = new SciSpan(i, i + words.size(), phrase.getValue());
                    if (spans.stream().noneMatch(s -> s.overlaps(span))) {
                        spans.add(span);
                    }
                }
            }
        }
        for (SciSpan s : spans) {
            if (s.length() >= 2 && s.type() != SciType.GENERIC) {
                state.phrases.putIfAbsent(words(sentence, s), s.type());
            }
        }
    }

    private static boolean matches(Sentence sentence, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!sentence.token(at + k).word().toLowerCase(Locale.ROOT).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(Sentence sentence, SciSpan span) {
        List<String> words = new ArrayList<>();
        for (int i = span.from(); i < span.to(); i++) {
            words.add(sentence.token(i).word().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static void acronyms(Sentence sentence, List<SciSpan> spans, DocumentState state) {
        for (int i = 1; i + 2 < sentence.size(); i++) {
            String acronym = sentence.token(i + 1).word();
            if (!isOpen(word(sentence, i)) || !isClose(word(sentence, i + 2)) || !Names.isAcronym(acronym)) {
                continue;
            }
            int before = i;
            spans.stream().filter(s -> s.to() == before && s.type() != SciType.GENERIC).findFirst().ifPresent(longForm -> {
                if (Names.abbreviates(acronym, sentence.span(longForm.from(), longForm.to()))) {
                    state.acronyms.put(Names.singularAcronym(acronym), longForm.type());
                }
            });
        }
        for (int i = 0; i < sentence.size(); i++) {
            SciType type = state.acronyms.get(Names.singularAcronym(sentence.token(i).word()));
            if (type == null) {
                continue;
            }
            SciSpan span = new SciSpan(i, i + 1, type);
            spans.removeIf(s -> s.sameTokens(span));
            if (spans.stream().noneMatch(s -> s.overlaps(span))) {
                spans.add(span);
            }
        }
    }

    private static void splitParentheses(Sentence sentence, List<SciSpan> spans) {
        for (int k = 0; k < spans.size(); k++) {
            SciSpan s = spans.get(k);
            for (int open = s.from() + 1; open < s.to() - 1; open++) {
                if (isOpen(word(sentence, open))) {
                    int close = open + 1;
                    while (close < sentence.size() && close < open + 6 && !isClose(word(sentence, close))) {
                        close++;
                    }
                    if (close < sentence.size() && isClose(word(sentence, close)) && close > open + 1) {
                        spans.set(k, new SciSpan(s.from(), open, s.type()));
                        spans.add(new SciSpan(open + 1, close, s.type()));
                        if (close + 1 < s.to()) {
                            spans.add(new SciSpan(close + 1, s.to(), s.type()));
                        }
                    }
                    break;
                }
            }
        }
    }

    /** "on the X dataset": the phrase up to and including the dataset head is one Material span. */
    private static void datasetPhrases(Sentence sentence, List<SciSpan> spans) {
        for (int head = 1; head < sentence.size(); head++) {
            if (!DATASET_HEADS.contains(word(sentence, head).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int from = head;
            while (from > 0 && isNameWord(sentence, from - 1)) {
                from--;
            }
            if (from == head || from == 0) {
                continue;
            }
            String cue = word(sentence, from - 1).toLowerCase(Locale.ROOT);
            if (!(cue.equals("the") && from >= 2 && Set.of("on", "in", "of").contains(word(sentence, from - 2).toLowerCase(Locale.ROOT)))) {
                continue;
            }
            SciSpan span = new SciSpan(from, head + 1, SciType.MATERIAL);
            spans.removeIf(s -> s.overlaps(span));
            spans.add(span);
        }
    }

    /** "in terms of X": the span that starts right after is a Metric. */
    private static void inTermsOf(Sentence sentence, List<SciSpan> spans) {
        for (int i = 0; i + 3 < sentence.size(); i++) {
            if (!(word(sentence, i).equalsIgnoreCase("in") && word(sentence, i + 1).equalsIgnoreCase("terms")
                    && word(sentence, i + 2).equalsIgnoreCase("of"))) {
                continue;
            }
            int start = i + 3;
            for (int k = 0; k < spans.size(); k++) {
                SciSpan s = spans.get(k);
                if (s.from() == start && s.type() != SciType.METRIC) {
                    spans.set(k, new SciSpan(s.from(), s.to(), SciType.METRIC));
                }
            }
        }
    }

    /** Capitalised or coined words that make a dataset's name ("Penn Treebank", "WSJ", "ATIS"). */
    private static boolean isNameWord(Sentence sentence, int i) {
        String w = word(sentence, i);
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Names.isNameToken(w)) && sentence.token(i).pos().startsWith("NN");
    }

    private static boolean isOpen(String word) {
        return word.equals("(") || word.equals("-LRB-");
    }

    private static boolean isClose(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }

    private static String word(Sentence sentence, int i) {
        return sentence.token(i).word();
    }
}
