package org.papergraph.concepts;

import java.util.HashMap;
import java.util.Map;
import org.papergraph.extract.ConceptClass;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Mention;

/**
 * Links each mention of one paper to a concept. An acronym the paper defines ("reinforcement
 * learning (RL)") resolves to its long form within that paper first; failing that, a label or alias
 * of the curated vocabulary names the concept (and its class).
 */
public final class ConceptLinker {

    private final Vocabulary vocabulary;

    public ConceptLinker(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public ConceptLinker() {
        this(Vocabulary.standard());
    }

    public LinkedExtraction link(Extraction extraction) {
        Map<Mention, ConceptRef> linked = new HashMap<>();
        for (Mention mention : extraction.mentions()) {
            linked.put(mention, resolve(mention, extraction));
        }
        extraction.relations().forEach(relation -> {
            linked.computeIfAbsent(relation.object(), m -> resolve(m, extraction));
            if (relation.subject() != null) {
                linked.computeIfAbsent(relation.subject(), m -> resolve(m, extraction));
            }
        });
        return new LinkedExtraction(extraction, linked);
    }

    private ConceptRef resolve(Mention mention, Extraction extraction) {
        Mention definition = extraction.acronyms().get(Labels.singularAcronym(mention.text()));
        Mention named = definition != null && definition != mention && mention.tokens().size() == 1 ? definition : mention;
        String label = Labels.canonicalLabel(named.type() == ConceptClass.DATASET ? Labels.datasetName(named.tokens()) : named.tokens());
        return vocabulary.find(Labels.key(label))
                .map(entry -> new ConceptRef(entry.key(), entry.label(), entry.type()))
                .orElseGet(() -> new ConceptRef(Labels.key(label), label, named.type()));
    }
}
