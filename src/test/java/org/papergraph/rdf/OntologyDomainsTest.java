package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.papergraph.query.QueryRunner;
import org.papergraph.testing.SampleCorpus;

/**
 * The ontology's domains hold for what a build writes: a reasoner that reads the ontology must not
 * conclude that a method is a paper because the graph uses a paper-only property on it.
 */
class OntologyDomainsTest {

    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX pg:   <https://w3id.org/papergraph/ontology#>
            """;

    private final DatasetGraph store = SampleCorpus.store().datasetGraph();

    private List<Binding> select(String query) {
        Query parsed = QueryRunner.parse(PREFIXES + query, "test");
        return new QueryRunner(store, 0).select(parsed, Map.of());
    }

    @Test
    void everySubjectOfAPropertyWithADomainHasThatClass() {
        List<Binding> violations = select("""
                SELECT ?property ?domain (COUNT(DISTINCT ?s) AS ?subjects) (SAMPLE(?s) AS ?example)
                WHERE { ?property rdfs:domain ?domain . ?s ?property ?o .
                        FILTER NOT EXISTS { ?s a/rdfs:subClassOf* ?domain } }
                GROUP BY ?property ?domain""");
        assertTrue(violations.isEmpty(), violations.toString());
    }

    @Test
    void theCheckCoversTheRelationsAndTheMetadata() {
        List<Binding> used = select("""
                SELECT DISTINCT ?property WHERE { ?property rdfs:domain ?domain . ?s ?property ?o }""");
        List<String> properties = used.stream().map(b -> b.get("property").getURI()).toList();
        assertTrue(properties.contains(PG.NS + "proposes"), properties.toString());
        assertTrue(properties.size() >= 10, properties.toString());
    }
}
