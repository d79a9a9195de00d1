package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.papergraph.nlp.Sentence;

/**
 * The features of a candidate relation between two spans of one sentence, the same for training
 * and prediction: argument types and order, their head words and the heads' word classes, the words,
 * word classes and parts of speech between them, their distance, and how many other mentions lie between.
 */
public final class RelationFeatures {

    private RelationFeatures() {
    }

    public static List<String> of(Sentence sentence, SciSpan head, SciSpan tail, List<SciSpan> all) {
        List<String> f = new ArrayList<>();
        boolean forward = head.from() < tail.from();
        SciSpan left = forward ? head : tail;
        SciSpan right = forward ? tail : head;
        String types = head.type().label() + ">" + tail.type().label() + (forward ? ":fwd" : ":bwd");
        f.add("types=" + types);
        f.add("ht=" + head.type().label());
        f.add("tt=" + tail.type().label());
        f.add("hw=" + word(sentence, head.to() - 1));
        f.add("tw=" + word(sentence, tail.to() - 1));
        f.add("hw|tw=" + word(sentence, head.to() - 1) + "|" + word(sentence, tail.to() - 1));
        String headClass = WordClasses.of(word(sentence, head.to() - 1));
        String tailClass = WordClasses.of(word(sentence, tail.to() - 1));
        f.add("hc=" + headClass);
        f.add("tc=" + tailClass);
        f.add("types|hc|tc=" + types + "|" + headClass + "|" + tailClass);
        int gap = right.from() - left.to();
        f.add("dist=" + bucket(gap));
        f.add("types|dist=" + types + "|" + bucket(gap));
        long between = all.stream().filter(s -> s.from() >= left.to() && s.to() <= right.from()).count();
        f.add("mentionsBetween=" + Math.min(between, 3));
        if (gap <= 0) {
            f.add("adjacent");
        } else {
            String first = word(sentence, left.to());
            String last = word(sentence, right.from() - 1);
            f.add("first=" + first);
            f.add("last=" + last);
            f.add("types|first=" + types + "|" + first);
            f.add("types|last=" + types + "|" + last);
            StringBuilder pos = new StringBuilder();
            StringBuilder words = new StringBuilder();
            for (int i = left.to(); i < right.from(); i++) {
                String w = word(sentence, i);
                f.add("bw=" + w);
                f.add("types|bw=" + types + "|" + w);
                f.add("types|bc=" + types + "|" + WordClasses.of(w));
                pos.append(sentence.token(i).pos()).append(' ');
                words.append(w).append(' ');
                if (i + 1 < right.from()) {
                    f.add("bb=" + w + "_" + word(sentence, i + 1));
                }
            }
            if (gap <= 4) {
                f.add("bpos=" + pos.toString().strip());
                f.add("bwords=" + words.toString().strip());
                f.add("types|bwords=" + types + "|" + words.toString().strip());
            }
        }
        f.add("before=" + (left.from() > 0 ? word(sentence, left.from() - 1) : "<s>"));
        f.add("after=" + (right.to() < sentence.size() ? word(sentence, right.to()) : "</s>"));
        return f;
    }

    private static String word(Sentence sentence, int i) {
        return CrfTokens.normalize(sentence.token(i).word()).toLowerCase(Locale.ROOT);
    }

    private static String bucket(int gap) {
        if (gap <= 3) {
            return Integer.toString(Math.max(gap, 0));
        }
        return gap <= 6 ? "4-6" : gap <= 10 ? "7-10" : "11+";
    }
}
