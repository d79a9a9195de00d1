package org.papergraph.extract;

import java.util.Arrays;
import java.util.Optional;

/** SciERC's seven relation types between two mentions of one sentence, head first as SciERC orders them. */
public enum SciRelationType {
    USED_FOR("USED-FOR"),
    EVALUATE_FOR("EVALUATE-FOR"),
    FEATURE_OF("FEATURE-OF"),
    HYPONYM_OF("HYPONYM-OF"),
    PART_OF("PART-OF"),
    COMPARE("COMPARE"),
    CONJUNCTION("CONJUNCTION");

    private final String label;

    SciRelationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SciRelationType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
