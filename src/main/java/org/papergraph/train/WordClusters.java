package org.papergraph.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word classes induced from unlabelled sentences by the exchange algorithm (Kneser and Ney 1993; Martin,
 * Liermann and Ney 1998): each word belongs to one of {@code k} classes, and words are moved one at a time
 * to the class that most raises the likelihood of a class-bigram model of the text, until a pass moves
 * (almost) none. Words that occur in the same contexts ("parser", "tagger") end up in one class, which
 * gives the entity CRF a feature for words it saw rarely or never in training ({@code useDistSim}).
 * Deterministic: the initial classes follow word frequency, and ties keep the first class.
 */
public final class WordClusters {

    /** Marks a sentence boundary, so words that start or end sentences share that context. */
    static final String BOUNDARY = "<s>";

    private WordClusters() {
    }

    /**
     * Lower-cased words (those occurring at least {@code minCount} times) mapped to their class, 0 to k-1.
     */
    public static Map<String, Integer> induce(List<List<String>> sentences, int k, int minCount, int maxPasses) {
        WordBigrams text = WordBigrams.count(sentences, minCount);
        ClassBigrams model = new ClassBigrams(text, k);
        for (int pass = 0; pass < maxPasses; pass++) {
            int moved = model.exchangePass();
            if (moved < Math.max(1, (text.rare() - 1) / 1000)) {
                break;
            }
        }
        Map<String, Integer> result = new LinkedHashMap<>();
        for (int w = 1; w < text.rare(); w++) {
            result.put(text.vocabulary().get(w), model.classOf(w));
        }
        return result;
    }

    /** Words are clustered lower-cased, as the CRF looks them up (casedDistSim=false). */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /**
     * The text as word bigrams. Word 0 is the sentence boundary, words 1 to {@code rare - 1} are the
     * counted words by descending frequency (then alphabetically), and {@code rare} stands for every
     * word seen fewer than minCount times. For each word, its successors and predecessors with counts.
     */
    private record WordBigrams(List<String> vocabulary, int rare, int[][] succ, int[][] succCount, int[][] pred,
                               int[][] predCount) {

        static WordBigrams count(List<List<String>> sentences, int minCount) {
            Map<String, Integer> counts = new HashMap<>();
            for (List<String> sentence : sentences) {
                for (String word : sentence) {
                    counts.merge(key(word), 1, Integer::sum);
                }
            }
            List<String> vocabulary = new ArrayList<>(counts.keySet().stream()
                    .filter(w -> counts.get(w) >= minCount).toList());
            vocabulary.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
            vocabulary.add(0, BOUNDARY);
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < vocabulary.size(); i++) {
                ids.put(vocabulary.get(i), i);
            }
            int rare = vocabulary.size();
            int words = rare + 1;

            List<Map<Integer, Integer>> next = new ArrayList<>();
            List<Map<Integer, Integer>> prev = new ArrayList<>();
            for (int i = 0; i < words; i++) {
                next.add(new HashMap<>());
                prev.add(new HashMap<>());
            }
            for (List<String> sentence : sentences) {
                int before = 0;
                for (int t = 0; t <= sentence.size(); t++) {
                    int current = t == sentence.size() ? 0 : ids.getOrDefault(key(sentence.get(t)), rare);
                    next.get(before).merge(current, 1, Integer::sum);
                    prev.get(current).merge(before, 1, Integer::sum);
                    before = current;
                }
            }
            int[][] succ = new int[words][];
            int[][] succCount = new int[words][];
            int[][] pred = new int[words][];
            int[][] predCount = new int[words][];
            for (int w = 0; w < words; w++) {
                succ[w] = keys(next.get(w));
                succCount[w] = values(next.get(w), succ[w]);
                pred[w] = keys(prev.get(w));
                predCount[w] = values(prev.get(w), pred[w]);
            }
            return new WordBigrams(vocabulary, rare, succ, succCount, pred, predCount);
        }

        int words() {
            return rare + 1;
        }

        private static int[] keys(Map<Integer, Integer> map) {
            return map.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        }

        private static int[] values(Map<Integer, Integer> map, int[] keys) {
            int[] values = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                values[i] = map.get(keys[i]);
            }
            return values;
        }
    }

    /**
     * The class-bigram model being optimised: each word's class and the bigram counts between classes.
     * The boundary and the rare words keep classes of their own (k and k+1); the others start round-robin
     * by frequency.
     */
    private static final class ClassBigrams {
        private final WordBigrams text;
        private final int k;
        private final int classes;
        private final int[] cls;
        private final long[][] bigram;
        private final long[] left;
        private final long[] right;
        private final WordContext context;

        ClassBigrams(WordBigrams text, int k) {
            this.text = text;
            this.k = k;
            this.classes = k + 2;
            this.cls = new int[text.words()];
            cls[0] = k;
            cls[text.rare()] = k + 1;
            for (int w = 1; w < text.rare(); w++) {
                cls[w] = (w - 1) % k;
            }
            this.bigram = new long[classes][classes];
            this.left = new long[classes];
            this.right = new long[classes];
            for (int w = 0; w < text.words(); w++) {
                int[] succ = text.succ()[w];
                int[] count = text.succCount()[w];
                for (int i = 0; i < succ.length; i++) {
                    bigram[cls[w]][cls[succ[i]]] += count[i];
                    left[cls[w]] += count[i];
                    right[cls[succ[i]]] += count[i];
                }
            }
            this.context = new WordContext(classes);
        }

        int classOf(int word) {
            return cls[word];
        }

        /** Moves each counted word to its best class; returns how many moved. */
        int exchangePass() {
            int moved = 0;
            for (int w = 1; w < text.rare(); w++) {
                int old = cls[w];
                context.of(w, text, cls);
                shift(old, -1);
                int best = bestClass(old);
                shift(best, +1);
                if (best != old) {
                    cls[w] = best;
                    moved++;
                }
            }
            return moved;
        }

        /** Adds the current word's bigrams to class {@code c} (sign +1) or takes them out (sign -1). */
        private void shift(int c, int sign) {
            for (int other = 0; other < classes; other++) {
                bigram[c][other] += sign * context.toClass[other];
                bigram[other][c] += sign * context.fromClass[other];
            }
            bigram[c][c] += sign * context.self;
            left[c] += sign * context.outTotal;
            right[c] += sign * context.inTotal;
        }

        /**
         * The class whose likelihood gain for the current word (taken out of every class) is largest;
         * the word's old class wins ties.
         */
        private int bestClass(int old) {
            int best = old;
            double bestGain = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < k; b++) {
                double gain = gain(b);
                if (gain > bestGain + 1e-9 || (b == old && gain >= bestGain - 1e-9)) {
                    bestGain = gain;
                    best = b;
                }
            }
            return best;
        }

        /** The change in the model's log-likelihood (up to a constant) if the current word joined class b. */
        private double gain(int b) {
            WordContext x = context;
            double gain = 0;
            for (int i = 0; i < x.outs; i++) {
                int c = x.outClasses[i];
                if (c != b) {
                    gain += xlogx(bigram[b][c] + x.toClass[c]) - xlogx(bigram[b][c]);
                }
            }
            for (int i = 0; i < x.ins; i++) {
                int c = x.inClasses[i];
                if (c != b) {
                    gain += xlogx(bigram[c][b] + x.fromClass[c]) - xlogx(bigram[c][b]);
                }
            }
            long diagonal = x.toClass[b] + x.fromClass[b] + x.self;
            gain += xlogx(bigram[b][b] + diagonal) - xlogx(bigram[b][b]);
            gain -= xlogx(left[b] + x.outTotal) - xlogx(left[b]);
            gain -= xlogx(right[b] + x.inTotal) - xlogx(right[b]);
            return gain;
        }

        private static double xlogx(long x) {
            return x <= 0 ? 0 : x * Math.log(x);
        }
    }

    /**
     * One word's bigram counts with each class, its self-bigrams (w w) apart, and the classes it has
     * bigrams with. Reused from word to word: the exchange loop visits every word in every pass.
     */
    private static final class WordContext {
        final long[] toClass;
        final long[] fromClass;
        final int[] outClasses;
        final int[] inClasses;
        long self;
        long outTotal;
        long inTotal;
        int outs;
        int ins;

        WordContext(int classes) {
            toClass = new long[classes];
            fromClass = new long[classes];
            outClasses = new int[classes];
            inClasses = new int[classes];
        }

        void of(int w, WordBigrams text, int[] cls) {
            Arrays.fill(toClass, 0);
            Arrays.fill(fromClass, 0);
            self = 0;
            outTotal = 0;
            inTotal = 0;
            int[] succ = text.succ()[w];
            int[] succCount = text.succCount()[w];
            for (int i = 0; i < succ.length; i++) {
                outTotal += succCount[i];
                if (succ[i] == w) {
                    self += succCount[i];
                } else {
                    toClass[cls[succ[i]]] += succCount[i];
                }
            }
            int[] pred = text.pred()[w];
            int[] predCount = text.predCount()[w];
            for (int i = 0; i < pred.length; i++) {
                inTotal += predCount[i];
                if (pred[i] != w) {
                    fromClass[cls[pred[i]]] += predCount[i];
                }
            }
            outs = 0;
            ins = 0;
            for (int c = 0; c < toClass.length; c++) {
                if (toClass[c] != 0) {
                    outClasses[outs++] = c;
                }
                if (fromClass[c] != 0) {
                    inClasses[ins++] = c;
                }
            }
        }
    }
}
