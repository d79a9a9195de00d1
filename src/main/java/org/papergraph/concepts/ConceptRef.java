package org.papergraph.concepts;

import org.papergraph.extract.ConceptClass;

/** The concept a mention names: its key (the IRI's last segment), canonical label and class reading. */
public record ConceptRef(String key, String label, ConceptClass type) {
}
