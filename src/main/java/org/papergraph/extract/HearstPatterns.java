package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.papergraph.nlp.Sentence;

/**
 * Broader concepts stated in the text (Hearst patterns): "generative models such as GANs and VAEs",
 * "policy-gradient methods, including PPO", "X, a kind of Y". Both ends must be concepts of the same
 * class, and the general one must name something ("methods such as X" says nothing).
 */
final class HearstPatterns {

    private static final Set<String> KIND_WORDS = Set.of("kind", "type", "form", "variant", "class", "family",
            "instance", "special", "subclass", "subset");

    private HearstPatterns() {
    }

    static List<Relation> broader(Sentence sentence, List<Candidate> candidates) {
        List<Relation> relations = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate general = candidates.get(k);
            if (HeadLexicon.isGeneric(general.chunk())) {
                continue;
            }
            int after = general.chunk().to();
            if (introducesExamples(sentence, after)) {
                for (int j = k + 1; j < candidates.size(); j++) {
                    Candidate example = candidates.get(j);
                    if (!listContinues(sentence, candidates.get(j - 1).chunk().to(), example.chunk().from(), j == k + 1)) {
                        break;
                    }
                    add(relations, example, general, "hearst-such-as");
                }
            }
            if (k + 1 < candidates.size() && kindOf(sentence, after, candidates.get(k + 1).chunk().from())) {
                add(relations, general, candidates.get(k + 1), "hearst-kind-of");
            }
        }
        return relations;
    }

    private static void add(List<Relation> relations, Candidate specific, Candidate general, String rule) {
        Mention narrow = specific.mention();
        Mention wide = general.mention();
        if (narrow.type() == wide.type() && !narrow.text().equalsIgnoreCase(wide.text())) {
            relations.add(new Relation(narrow, RelationType.BROADER, wide, rule, 0.7));
        }
    }

    /** ", such as", "such as", ", including", "including", "like" right after the general phrase. */
    private static boolean introducesExamples(Sentence s, int at) {
        int i = at;
        if (i < s.size() && s.token(i).word().equals(",")) {
            i++;
        }
        if (i + 1 < s.size() && word(s, i).equals("such") && word(s, i + 1).equals("as")) {
            return true;
        }
        return i < s.size() && (word(s, i).equals("including") || word(s, i).equals("like") && s.token(i).pos().equals("IN"));
    }

    /** Between list items: only the cue (first item), commas, "and"/"or", determiners. */
    private static boolean listContinues(Sentence s, int from, int to, boolean first) {
        for (int i = from; i < to; i++) {
            String w = word(s, i);
            boolean cue = first && (w.equals("such") || w.equals("as") || w.equals("including") || w.equals("like"));
            if (!(cue || w.equals(",") || w.equals("and") || w.equals("or") || s.token(i).pos().equals("DT"))) {
                return false;
            }
        }
        return true;
    }

    /** "X, a kind of Y" / "X is a type of Y". */
    private static boolean kindOf(Sentence s, int from, int to) {
        boolean kind = false;
        for (int i = from; i < to; i++) {
            String w = word(s, i);
            if (KIND_WORDS.contains(w)) {
                kind = true;
            } else if (!(w.equals(",") || w.equals("of") || w.equals("is") || w.equals("are") || s.token(i).pos().equals("DT"))) {
                return false;
            }
        }
        return kind && to - from <= 5;
    }

    private static String word(Sentence s, int i) {
        return s.token(i).word().toLowerCase(java.util.Locale.ROOT);
    }
}
