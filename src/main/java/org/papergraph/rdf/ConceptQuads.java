package org.papergraph.rdf;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.concepts.ConceptRecord;

/** Writes the concepts graph: class, labels, lookup keys, paper counts and broader concepts. */
public final class ConceptQuads {

    private static final Node SKOS_CONCEPT = SKOS.Concept.asNode();

    public void write(Iterable<ConceptRecord> records, StreamRDF sink) {
        for (ConceptRecord record : records) {
            Node concept = Iris.concept(record.key());
            add(sink, concept, RDF.Nodes.type, PG.classNode(record.type()));
            add(sink, concept, RDF.Nodes.type, SKOS_CONCEPT);
            add(sink, concept, SKOS.prefLabel.asNode(), PaperQuads.text(record.prefLabel()));
            add(sink, concept, RDFS.label.asNode(), PaperQuads.text(record.prefLabel()));
            for (String alt : record.altLabels()) {
                add(sink, concept, SKOS.altLabel.asNode(), PaperQuads.text(alt));
            }
            for (String key : record.lookupKeys()) {
                add(sink, concept, PG.labelKey, PaperQuads.text(key));
            }
            for (String broader : record.broader()) {
                add(sink, concept, SKOS.broader.asNode(), Iris.concept(broader));
            }
            for (String same : record.exactMatch()) {
                add(sink, concept, SKOS.exactMatch.asNode(), Iris.concept(same));
            }
            add(sink, concept, PG.paperCount, PaperQuads.integer(record.paperCount()));
            if (record.classVotes().size() > 1) {
                String votes = record.classVotes().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().localName() + "=" + e.getValue())
                        .collect(Collectors.joining(" "));
                add(sink, concept, PG.classVotes, PaperQuads.text(votes));
            }
        }
    }

    private static void add(StreamRDF sink, Node s, Node p, Node o) {
        sink.quad(Quad.create(Iris.CONCEPTS_GRAPH, s, p, o));
    }
}
