package org.papergraph.extract;

import java.util.Optional;

/**
 * Maps a SciERC relation onto the graph's vocabulary. SciERC reads "A USED-FOR B" as "A is used
 * for B", so the user of a method, dataset or metric is the tail:
 * <pre>
 *   Method   USED-FOR     Task          → Method  addressesTask Task
 *   Method   USED-FOR     Method        → tail    usesMethod    head
 *   Material USED-FOR     Method        → Method  usesDataset   Material (as a dataset)
 *   Metric   EVALUATE-FOR Method|Task   → tail    usesMetric    Metric
 *   A        HYPONYM-OF   B (same class) → A skos:broader B — left to the concept hierarchy, see below
 * </pre>
 * Other types (FEATURE-OF, PART-OF, COMPARE, CONJUNCTION) and pairs whose types are not concepts of
 * the graph map to nothing. HYPONYM-OF is returned so callers can see it, but {@link ScientificExtractor}
 * does not assert it: the concepts stage owns skos:broader, and a sentence-level guess there would
 * widen every "uses X" query.
 */
public final class VocabularyMapping {

    /** A mapped relation: subject and object as spans of the sentence, and the vocabulary term. */
    public record Mapped(SciSpan subject, Target predicate, SciSpan object) {
    }

    public enum Target {
        USES_METHOD, ADDRESSES_TASK, USES_DATASET, USES_METRIC, BROADER;

        public Optional<RelationType> relationType() {
            return switch (this) {
                case USES_METHOD -> Optional.of(RelationType.USES_METHOD);
                case ADDRESSES_TASK -> Optional.of(RelationType.ADDRESSES_TASK);
                case USES_DATASET -> Optional.of(RelationType.USES_DATASET);
                case USES_METRIC -> Optional.of(RelationType.USES_METRIC);
                case BROADER -> Optional.empty();
            };
        }
    }

    private VocabularyMapping() {
    }

    public static Optional<Mapped> map(SciRelation relation) {
        SciType h = relation.head().type();
        SciType t = relation.tail().type();
        return switch (relation.type()) {
            case USED_FOR -> {
                if (h == SciType.METHOD && t == SciType.TASK) {
                    yield Optional.of(new Mapped(relation.head(), Target.ADDRESSES_TASK, relation.tail()));
                }
                if (h == SciType.METHOD && t == SciType.METHOD) {
                    yield Optional.of(new Mapped(relation.tail(), Target.USES_METHOD, relation.head()));
                }
                if (h == SciType.MATERIAL && t == SciType.METHOD) {
                    yield Optional.of(new Mapped(relation.tail(), Target.USES_DATASET, relation.head()));
                }
                yield Optional.empty();
            }
            case EVALUATE_FOR -> h == SciType.METRIC && (t == SciType.METHOD || t == SciType.TASK)
                    ? Optional.of(new Mapped(relation.tail(), Target.USES_METRIC, relation.head()))
                    : Optional.empty();
            case HYPONYM_OF -> h == t && h.conceptClass().isPresent()
                    ? Optional.of(new Mapped(relation.head(), Target.BROADER, relation.tail()))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }
}
