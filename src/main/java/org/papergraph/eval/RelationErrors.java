package org.papergraph.eval;

import java.util.Set;
import java.util.stream.Collectors;
import org.papergraph.eval.DocumentAnnotations.Entity;
import org.papergraph.eval.DocumentAnnotations.RelationTuple;

/**
 * Where the relation mistakes are, on argument spans (types of the arguments aside). Each gold relation
 * is counted once: found; its pair found with another type; found the other way round; not found though
 * both its argument spans were predicted; or one or both argument spans never predicted, which no
 * relation layer can make up for. Each wrong prediction either relates a gold pair wrongly, relates two
 * gold mentions that are not related, or has an argument that is no gold mention.
 */
public record RelationErrors(int found, int wrongType, int reversed, int missedBothSpans, int missedOneSpan,
                             int missedNoSpan, int falseOnGoldPair, int falseUnrelatedGold, int falseNonGoldArgument) {

    public static final RelationErrors NONE = new RelationErrors(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * The errors of one document. Relations are compared on their boundaries (argument types blank);
     * the entities give the predicted and the gold spans.
     */
    public static RelationErrors of(Set<RelationTuple> gold, Set<RelationTuple> predicted,
                                    Set<Entity> goldEntities, Set<Entity> predictedEntities) {
        Set<Entity> goldSpans = spans(goldEntities);
        Set<Entity> predictedSpans = spans(predictedEntities);
        Set<RelationTuple> predictedPairs = predicted.stream().map(RelationErrors::pair).collect(Collectors.toSet());
        Set<RelationTuple> goldPairs = gold.stream().map(RelationErrors::pair).collect(Collectors.toSet());
        int found = 0;
        int wrongType = 0;
        int reversed = 0;
        int missedBoth = 0;
        int missedOne = 0;
        int missedNone = 0;
        for (RelationTuple g : gold) {
            int spansFound = (predictedSpans.contains(g.head()) ? 1 : 0) + (predictedSpans.contains(g.tail()) ? 1 : 0);
            if (predicted.contains(g)) {
                found++;
            } else if (predictedPairs.contains(pair(g))) {
                wrongType++;
            } else if (predictedPairs.contains(reversedPair(g))) {
                reversed++;
            } else if (spansFound == 2) {
                missedBoth++;
            } else if (spansFound == 1) {
                missedOne++;
            } else {
                missedNone++;
            }
        }
        int onGoldPair = 0;
        int unrelatedGold = 0;
        int nonGold = 0;
        for (RelationTuple p : predicted) {
            if (gold.contains(p)) {
                continue;
            }
            if (goldPairs.contains(pair(p)) || goldPairs.contains(reversedPair(p))) {
                onGoldPair++;
            } else if (goldSpans.contains(p.head()) && goldSpans.contains(p.tail())) {
                unrelatedGold++;
            } else {
                nonGold++;
            }
        }
        return new RelationErrors(found, wrongType, reversed, missedBoth, missedOne, missedNone, onGoldPair,
                unrelatedGold, nonGold);
    }

    public RelationErrors plus(RelationErrors o) {
        return new RelationErrors(found + o.found, wrongType + o.wrongType, reversed + o.reversed,
                missedBothSpans + o.missedBothSpans, missedOneSpan + o.missedOneSpan, missedNoSpan + o.missedNoSpan,
                falseOnGoldPair + o.falseOnGoldPair, falseUnrelatedGold + o.falseUnrelatedGold,
                falseNonGoldArgument + o.falseNonGoldArgument);
    }

    public int gold() {
        return found + wrongType + reversed + missedBothSpans + missedOneSpan + missedNoSpan;
    }

    /** Gold relations with both argument spans among the predicted mentions: the most the relation layer can find. */
    public int reachable() {
        return found + wrongType + reversed + missedBothSpans;
    }

    private static RelationTuple pair(RelationTuple r) {
        return new RelationTuple(r.head(), r.tail(), "");
    }

    private static RelationTuple reversedPair(RelationTuple r) {
        return new RelationTuple(r.tail(), r.head(), "");
    }

    private static Set<Entity> spans(Set<Entity> entities) {
        return entities.stream().map(e -> new Entity(e.start(), e.end(), "")).collect(Collectors.toSet());
    }
}
