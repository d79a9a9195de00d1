package org.papergraph.eval;

import java.util.Set;
import org.papergraph.eval.DocumentAnnotations.Entity;

/**
 * Where the entity mistakes are. Each gold mention is counted once, by the best that was predicted for
 * it: exactly; with its span but another type; with its type but other boundaries; overlapped with other
 * boundaries and type; or not touched at all. Each wrong prediction either overlaps a gold mention or
 * touches none.
 */
public record EntityErrors(int exact, int wrongType, int wrongBoundaries, int wrongBoundariesAndType, int missed,
                           int falseOverlapping, int falseSpurious) {

    public static final EntityErrors NONE = new EntityErrors(0, 0, 0, 0, 0, 0, 0);

    /** The errors of one document. */
    public static EntityErrors of(Set<Entity> gold, Set<Entity> predicted) {
        int exact = 0;
        int wrongType = 0;
        int wrongBoundaries = 0;
        int wrongBoth = 0;
        int missed = 0;
        for (Entity g : gold) {
            if (predicted.contains(g)) {
                exact++;
            } else if (predicted.stream().anyMatch(p -> p.start() == g.start() && p.end() == g.end())) {
                wrongType++;
            } else if (predicted.stream().anyMatch(p -> overlap(p, g) && p.type().equals(g.type()))) {
                wrongBoundaries++;
            } else if (predicted.stream().anyMatch(p -> overlap(p, g))) {
                wrongBoth++;
            } else {
                missed++;
            }
        }
        int overlapping = 0;
        int spurious = 0;
        for (Entity p : predicted) {
            if (!gold.contains(p)) {
                if (gold.stream().anyMatch(g -> overlap(p, g))) {
                    overlapping++;
                } else {
                    spurious++;
                }
            }
        }
        return new EntityErrors(exact, wrongType, wrongBoundaries, wrongBoth, missed, overlapping, spurious);
    }

    public EntityErrors plus(EntityErrors o) {
        return new EntityErrors(exact + o.exact, wrongType + o.wrongType, wrongBoundaries + o.wrongBoundaries,
                wrongBoundariesAndType + o.wrongBoundariesAndType, missed + o.missed, falseOverlapping + o.falseOverlapping,
                falseSpurious + o.falseSpurious);
    }

    public int gold() {
        return exact + wrongType + wrongBoundaries + wrongBoundariesAndType + missed;
    }

    private static boolean overlap(Entity a, Entity b) {
        return a.start() <= b.end() && b.start() <= a.end();
    }
}
