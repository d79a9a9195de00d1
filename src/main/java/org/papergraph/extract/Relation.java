package org.papergraph.extract;

/**
 * A relation with its support. The subject is the paper itself when {@code subject} is null,
 * else a mentioned method ("PLATO-2 usesMethod curriculum learning").
 *
 * @param rule       id of the rule or model that produced it
 * @param confidence 0..1, how much the rule is trusted
 */
public record Relation(Mention subject, RelationType type, Mention object, String rule, double confidence) {

    public boolean fromPaper() {
        return subject == null;
    }
}
