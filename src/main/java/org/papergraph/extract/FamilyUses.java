package org.papergraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * The method families a paper uses: the first mention of a family member ("GRPO", "instruction
 * tuning") in the title or abstract that is not negated or contrasted ("without RL", "unlike
 * distillation") and not said of others' work ("recent works use distillation", "distillation is a
 * widely studied method") makes the paper use the family. The relation points at the family's concept
 * (its canonical label); its evidence span is the member's name as written.
 */
final class FamilyUses {

    static final String RULE = "family-member";
    static final double CONFIDENCE = 0.7;

    List<Relation> find(AnnotatedText title, AnnotatedText abstractText) {
        List<Relation> relations = new ArrayList<>();
        Set<String> found = new HashSet<>();
        scan(title, Section.TITLE, found, relations);
        scan(abstractText, Section.ABSTRACT, found, relations);
        return relations;
    }

    private static void scan(AnnotatedText text, Section section, Set<String> found, List<Relation> out) {
        for (Sentence sentence : text.sentences()) {
            for (MethodFamilies.Family family : MethodFamilies.ALL) {
                if (found.contains(family.label())) {
                    continue;
                }
                Matcher m = family.names().matcher(sentence.text());
                while (m.find()) {
                    int begin = sentence.begin() + m.start();
                    int end = sentence.begin() + m.end();
                    int token = firstTokenAt(sentence, begin);
                    if (!insideAName(sentence, token, begin) && !Cues.negatedBefore(sentence, token)
                            && !Cues.othersWork(sentence, token)) {
                        out.add(new Relation(null, RelationType.USES_METHOD, mention(family, section, sentence, begin, end),
                                RULE, CONFIDENCE));
                        found.add(family.label());
                        break;
                    }
                }
            }
        }
    }

    /**
     * "DeepSeek-R1-Distill-Qwen-1.5B": a family word inside a coined name that starts with another word is part
     * of that model's name, not a use of the family; "RL-based" starts with it and is one.
     */
    private static boolean insideAName(Sentence sentence, int token, int begin) {
        return token < sentence.size() && sentence.token(token).begin() < begin && Names.isCoinedName(sentence.token(token).word());
    }

    private static int firstTokenAt(Sentence sentence, int charOffset) {
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.token(i).end() > charOffset) {
                return i;
            }
        }
        return sentence.size();
    }

    /**
     * A mention of the family concept at the member's span: its text is what is written there
     * ("GRPO"), its tokens are the family label's words, which is what the concept linker names.
     */
    private static Mention mention(MethodFamilies.Family family, Section section, Sentence sentence, int begin, int end) {
        List<Token> tokens = new ArrayList<>();
        for (String word : family.label().split(" ")) {
            tokens.add(new Token(word, word, "NN", begin, end));
        }
        String written = sentence.text().substring(begin - sentence.begin(), end - sentence.begin());
        return new Mention(written, ConceptClass.METHOD, section, sentence.index(), sentence.text(), begin, end,
                tokens, null);
    }
}
