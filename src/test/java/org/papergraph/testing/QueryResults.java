package org.papergraph.testing;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.QueryParameters;
import org.papergraph.query.QueryRunner;

/** Runs a shipped named query the way the CLI does and returns its rows, for assertions. */
public final class QueryResults {

    private QueryResults() {
    }

    public static List<Binding> named(DatasetGraph dataset, String name, Map<String, String> params) {
        try {
            NamedQuery named = NamedQuery.load(name);
            Query query = QueryRunner.parse(named.text(), name);
            Map<String, Node> bound = QueryParameters.parse(params);
            return new QueryRunner(dataset, 0).select(query, bound);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The lexical forms of one column. */
    public static List<String> column(List<Binding> rows, String variable) {
        return rows.stream().map(row -> row.get(variable)).filter(java.util.Objects::nonNull)
                .map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).toList();
    }
}
