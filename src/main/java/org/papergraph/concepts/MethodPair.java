package org.papergraph.concepts;

/** Two methods used by the same papers; {@code first} is the smaller key, so each pair is stated once. */
public record MethodPair(String first, String second, int papers) {
}
