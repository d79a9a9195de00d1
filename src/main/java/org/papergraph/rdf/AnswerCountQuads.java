package org.papergraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.concepts.AnswerCount;

/**
 * Writes the counted answers into the concepts graph, one {@code pg:AnswerCount} node each, so that
 * tasks-for-method, methods-using-method and metrics-for-task read their rows instead of joining every
 * paper that uses the asked concept.
 */
public final class AnswerCountQuads {

    public void write(Iterable<AnswerCount> counts, StreamRDF sink) {
        for (AnswerCount count : counts) {
            String query = count.query().queryName();
            Node node = Iris.answerCount(query, count.firstKey(), count.answer());
            add(sink, node, RDF.Nodes.type, PG.AnswerCount);
            add(sink, node, PG.countedQuery, PaperQuads.text(query));
            for (String key : count.lookupKeys()) {
                add(sink, node, PG.forKey, PaperQuads.text(key));
            }
            add(sink, node, PG.answer, Iris.concept(count.answer()));
            add(sink, node, PG.supportingPapers, PaperQuads.integer(count.papers()));
            for (String used : count.via()) {
                add(sink, node, PG.via, Iris.concept(used));
            }
        }
    }

    private static void add(StreamRDF sink, Node s, Node p, Node o) {
        sink.quad(Quad.create(Iris.CONCEPTS_GRAPH, s, p, o));
    }
}
