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
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> sentence : sentences) {
            for (String word : sentence) {
                counts.merge(key(word), 1, Integer::sum);
            }
        }
        // Word ids by descending frequency (then alphabetically); rarer words share one id, -1.
        List<String> vocabulary = new ArrayList<>(counts.keySet().stream().filter(w -> counts.get(w) >= minCount).toList());
        vocabulary.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
        vocabulary.add(0, BOUNDARY);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            ids.put(vocabulary.get(i), i);
        }
        int rare = vocabulary.size();
        int words = vocabulary.size() + 1;

        // Word bigram counts: successors and predecessors of each word.
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

        // The boundary and the rare words keep classes of their own; the others start round-robin by frequency.
        int classes = k + 2;
        int[] cls = new int[words];
        cls[0] = k;
        cls[rare] = k + 1;
        for (int w = 1; w < rare; w++) {
            cls[w] = (w - 1) % k;
        }
        long[][] bigram = new long[classes][classes];
        long[] left = new long[classes];
        long[] right = new long[classes];
        for (int w = 0; w < words; w++) {
            for (int i = 0; i < succ[w].length; i++) {
                bigram[cls[w]][cls[succ[w][i]]] += succCount[w][i];
                left[cls[w]] += succCount[w][i];
                right[cls[succ[w][i]]] += succCount[w][i];
            }
        }

        long[] toClass = new long[classes];
        long[] fromClass = new long[classes];
        int[] outClasses = new int[classes];
        int[] inClasses = new int[classes];
        for (int pass = 0; pass < maxPasses; pass++) {
            int moved = 0;
            for (int w = 1; w < rare; w++) {
                int old = cls[w];
                // Counts of w's bigrams with each class, the self-bigram (w w) apart.
                Arrays.fill(toClass, 0);
                Arrays.fill(fromClass, 0);
                long self = 0;
                long outTotal = 0;
                long inTotal = 0;
                for (int i = 0; i < succ[w].length; i++) {
                    outTotal += succCount[w][i];
                    if (succ[w][i] == w) {
                        self += succCount[w][i];
                    } else {
                        toClass[cls[succ[w][i]]] += succCount[w][i];
                    }
                }
                for (int i = 0; i < pred[w].length; i++) {
                    inTotal += predCount[w][i];
                    if (pred[w][i] != w) {
                        fromClass[cls[pred[w][i]]] += predCount[w][i];
                    }
                }
                // Take w out of its class.
                for (int c = 0; c < classes; c++) {
                    bigram[old][c] -= toClass[c];
                    bigram[c][old] -= fromClass[c];
                }
                bigram[old][old] -= self;
                left[old] -= outTotal;
                right[old] -= inTotal;

                int outs = 0;
                int ins = 0;
                for (int c = 0; c < classes; c++) {
                    if (toClass[c] != 0) {
                        outClasses[outs++] = c;
                    }
                    if (fromClass[c] != 0) {
                        inClasses[ins++] = c;
                    }
                }
                int best = old;
                double bestGain = Double.NEGATIVE_INFINITY;
                for (int b = 0; b < k; b++) {
                    double gain = 0;
                    for (int i = 0; i < outs; i++) {
                        int c = outClasses[i];
                        if (c != b) {
                            gain += xlogx(bigram[b][c] + toClass[c]) - xlogx(bigram[b][c]);
                        }
                    }
                    for (int i = 0; i < ins; i++) {
                        int c = inClasses[i];
                        if (c != b) {
                            gain += xlogx(bigram[c][b] + fromClass[c]) - xlogx(bigram[c][b]);
                        }
                    }
                    long diagonal = toClass[b] + fromClass[b] + self;
                    gain += xlogx(bigram[b][b] + diagonal) - xlogx(bigram[b][b]);
                    gain -= xlogx(left[b] + outTotal) - xlogx(left[b]);
                    gain -= xlogx(right[b] + inTotal) - xlogx(right[b]);
                    if (gain > bestGain + 1e-9 || (b == old && gain >= bestGain - 1e-9)) {
                        bestGain = gain;
                        best = b;
                    }
                }
                // Put w into the best class.
                for (int c = 0; c < classes; c++) {
                    bigram[best][c] += toClass[c];
                    bigram[c][best] += fromClass[c];
                }
                bigram[best][best] += self;
                left[best] += outTotal;
                right[best] += inTotal;
                if (best != old) {
                    cls[w] = best;
                    moved++;
                }
            }
            if (moved < Math.max(1, (rare - 1) / 1000)) {
                break;
            }
        }

        Map<String, Integer> result = new LinkedHashMap<>();
        for (int w = 1; w < rare; w++) {
            result.put(vocabulary.get(w), cls[w]);
        }
        return result;
    }

    /** Words are clustered lower-cased, as the CRF looks them up (casedDistSim=false). */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static double xlogx(long x) {
        return x <= 0 ? 0 : x * Math.log(x);
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
