package org.papergraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.QueryParameters;
import org.papergraph.query.QueryRunner;

/** Runs the shipped named queries on a built store and scores their answers against the seed annotation. */
public final class SeedGoldEvaluation {

    private final DatasetGraph dataset;

    public SeedGoldEvaluation(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public SeedGoldScorer.Result score(SeedGold gold) {
        return new SeedGoldScorer(gold).score(this::papersUsing, proposedRows());
    }

    private List<String> papersUsing(String method) {
        return select("papers-using-method", Map.of("method", method)).stream()
                .map(row -> row.get("title").getLiteralLexicalForm()).toList();
    }

    private List<SeedGoldScorer.ProposedRow> proposedRows() {
        List<SeedGoldScorer.ProposedRow> rows = new ArrayList<>();
        for (Binding row : select("papers-proposing", Map.of())) {
            Set<String> aliases = new HashSet<>();
            Node aliasNode = row.get("aliases");
            if (aliasNode != null && !aliasNode.getLiteralLexicalForm().isEmpty()) {
                aliases.addAll(List.of(aliasNode.getLiteralLexicalForm().split("; ")));
            }
            rows.add(new SeedGoldScorer.ProposedRow(row.get("title").getLiteralLexicalForm(),
                    row.get("proposed").getLiteralLexicalForm(), aliases));
        }
        return rows;
    }

    private List<Binding> select(String name, Map<String, String> params) {
        try {
            Query query = QueryRunner.parse(NamedQuery.load(name).text(), name);
            Map<String, Node> bound = QueryParameters.parse(params);
            return new QueryRunner(dataset, 0).select(query, bound);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
