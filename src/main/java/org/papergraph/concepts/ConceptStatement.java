package org.papergraph.concepts;

import org.papergraph.extract.RelationType;

/** A statement between two concepts that a paper makes ("PLATO-2 usesMethod curriculum learning"), by concept key. */
public record ConceptStatement(String subject, RelationType relation, String object) {
}
