package org.papergraph.rdf;

import java.util.Collection;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.concepts.ConceptRecord;
import org.papergraph.concepts.MethodPair;
import org.papergraph.concepts.UsageStatistics;

/**
 * Writes the precomputed counts into the concepts graph: each concept's {@code pg:usageCount}, and a
 * {@code pg:MethodCooccurrence} node per frequent pair of methods, so the aggregate named queries read
 * a few hundred statements instead of joining every paper.
 */
public final class UsageQuads {

    public void write(Collection<ConceptRecord> concepts, UsageStatistics statistics,
                      Collection<MethodPair> pairs, StreamRDF sink) {
        for (ConceptRecord record : concepts) {
            add(sink, Iris.concept(record.key()), PG.usageCount, PaperQuads.integer(statistics.usage(record.key())));
        }
        for (MethodPair pair : pairs) {
            Node node = Iris.methodPair(pair.first(), pair.second());
            add(sink, node, RDF.Nodes.type, PG.MethodCooccurrence);
            add(sink, node, PG.firstMethod, Iris.concept(pair.first()));
            add(sink, node, PG.secondMethod, Iris.concept(pair.second()));
            add(sink, node, PG.sharedPapers, PaperQuads.integer(pair.papers()));
        }
    }

    private static void add(StreamRDF sink, Node s, Node p, Node o) {
        sink.quad(Quad.create(Iris.CONCEPTS_GRAPH, s, p, o));
    }
}
