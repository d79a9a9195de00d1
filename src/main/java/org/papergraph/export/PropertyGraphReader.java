package org.papergraph.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * Reads the property graph out of a dataset (the store's union graph), whole or as the result of a
 * CONSTRUCT query, each in one read transaction, and applies a selection.
 */
public final class PropertyGraphReader {

    private final DatasetGraph dataset;

    public PropertyGraphReader(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public PropertyGraph read(GraphSelection selection) {
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            return selection.apply(new GraphProjection(union).project());
        });
    }

    /** The CONSTRUCT's triples among papers and concepts; labels, classes and support come from the store. */
    public PropertyGraph read(Query construct, GraphSelection selection, long timeoutMillis) {
        if (!construct.isConstructType()) {
            throw new IllegalArgumentException("the query must be a CONSTRUCT query, the graph of which is exported");
        }
        return Txn.calculateRead(dataset, () -> {
            Graph result;
            var builder = QueryExec.dataset(dataset).query(construct);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            try (QueryExec exec = builder.build()) {
                result = exec.construct();
            }
            return selection.apply(new GraphProjection(dataset.getUnionGraph()).project(result));
        });
    }

    /** The IRIs of the papers and concepts the names stand for; a name that matches nothing is an error. */
    public Set<String> seeds(List<String> names) {
        return Txn.calculateRead(dataset, () -> {
            SeedLookup lookup = new SeedLookup(dataset.getUnionGraph());
            Set<String> iris = new LinkedHashSet<>();
            for (String name : names) {
                Set<Node> found = lookup.find(name);
                if (found.isEmpty()) {
                    throw new IllegalArgumentException("no concept or paper is called '" + name
                            + "'; try a label from papergraph query top-methods, or an acronym");
                }
                found.stream().filter(Node::isURI).forEach(n -> iris.add(n.getURI()));
            }
            return iris;
        });
    }
}
