package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.papergraph.nlp.Sentence;

/**
 * The features of a candidate relation between two spans of one sentence, the same for training
 * and prediction: argument types and order, their head words and the heads' word classes, their first
 * words and lengths, the words, word classes and parts of speech between them, the verbs between them,
 * two words either side, their distance, and how many other mentions lie between. The words and verbs
 * between are read twice: joined with both argument types and the order, and with the order alone, so
 * that what "via" or "using" says about which argument serves which is learned once for all type pairs.
 */
public final class RelationFeatures {

    private RelationFeatures() {
    }

    public static List<String> of(Sentence sentence, SciSpan head, SciSpan tail, List<SciSpan> all) {
        List<String> f = new ArrayList<>();
        boolean forward = head.from() < tail.from();
        SciSpan left = forward ? head : tail;
        SciSpan right = forward ? tail : head;
        String direction = forward ? "fwd" : "bwd";
        String types = head.type().label() + ">" + tail.type().label() + ":" + direction;
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
        List<SciSpan> between = all.stream().filter(s -> s.from() >= left.to() && s.to() <= right.from()).toList();
        f.add("mentionsBetween=" + Math.min(between.size(), 3));
        if (gap <= 0) {
            f.add("adjacent");
        } else {
            String first = word(sentence, left.to());
            String last = word(sentence, right.from() - 1);
            f.add("first=" + first);
            f.add("last=" + last);
            f.add("types|first=" + types + "|" + first);
            f.add("types|last=" + types + "|" + last);
            f.add("dir|first=" + direction + "|" + first);
            f.add("dir|last=" + direction + "|" + last);
            StringBuilder pos = new StringBuilder();
            StringBuilder words = new StringBuilder();
            for (int i = left.to(); i < right.from(); i++) {
                String w = word(sentence, i);
                f.add("bw=" + w);
                f.add("types|bw=" + types + "|" + w);
                f.add("types|bc=" + types + "|" + WordClasses.of(w));
                f.add("dir|bw=" + direction + "|" + w);
                pos.append(sentence.token(i).pos()).append(' ');
                words.append(w).append(' ');
                if (i + 1 < right.from()) {
                    String pair = w + "_" + word(sentence, i + 1);
                    f.add("bb=" + pair);
                    f.add("dir|bb=" + direction + "|" + pair);
                }
            }
            if (gap <= 4) {
                String sequence = words.toString().strip();
                f.add("bpos=" + pos.toString().strip());
                f.add("bwords=" + sequence);
                f.add("types|bwords=" + types + "|" + sequence);
                f.add("dir|bwords=" + direction + "|" + sequence);
            }
        }
        f.add("before=" + (left.from() > 0 ? word(sentence, left.from() - 1) : "<s>"));
        f.add("after=" + (right.to() < sentence.size() ? word(sentence, right.to()) : "</s>"));
        f.add("before2=" + (left.from() > 1 ? word(sentence, left.from() - 2) + "_" + word(sentence, left.from() - 1) : "<s>"));
        f.add("after2=" + (right.to() + 1 < sentence.size()
                ? word(sentence, right.to()) + "_" + word(sentence, right.to() + 1) : "</s>"));
        argumentWords(sentence, head, tail, types, f);
        verbsBetween(sentence, left, right, types, direction, between, f);
        return f;
    }

    /** The arguments' first words and lengths: "this approach", "a new method", "recognition accuracy". */
    private static void argumentWords(Sentence sentence, SciSpan head, SciSpan tail, String types, List<String> f) {
        f.add("hf=" + word(sentence, head.from()));
        f.add("tf=" + word(sentence, tail.from()));
        f.add("types|hf=" + types + "|" + word(sentence, head.from()));
        f.add("types|tf=" + types + "|" + word(sentence, tail.from()));
        if (head.length() > 1) {
            f.add("hlen=" + Math.min(head.length(), 4));
        }
        if (tail.length() > 1) {
            f.add("tlen=" + Math.min(tail.length(), 4));
        }
    }

    /** The lemmas of the verbs between the arguments, outside other mentions ("use", "improve", "outperform"). */
    private static void verbsBetween(Sentence sentence, SciSpan left, SciSpan right, String types, String direction,
                                     List<SciSpan> between, List<String> f) {
        for (int i = left.to(); i < right.from(); i++) {
            SciSpan mention = mentionStartingAt(between, i);
            if (mention != null) {
                i = mention.to() - 1;
            } else if (sentence.token(i).pos().startsWith("VB")) {
                String lemma = sentence.token(i).lemma().toLowerCase(Locale.ROOT);
                f.add("types|verb=" + types + "|" + lemma);
                f.add("dir|verb=" + direction + "|" + lemma);
            }
        }
    }

    /** One of the mentions that starts at token i, or null. */
    private static SciSpan mentionStartingAt(List<SciSpan> mentions, int i) {
        for (SciSpan s : mentions) {
            if (s.from() == i) {
                return s;
            }
        }
        return null;
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
