package org.papergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The two CSV files {@code neo4j-admin database import full} reads, with its header syntax:
 * nodes ({@code id:ID}, {@code :LABEL} = Paper, or Concept plus the class) and relationships
 * ({@code :START_ID}, {@code :END_ID}, {@code :TYPE} = USES_METHOD...). Every field is quoted; a
 * label with a newline needs {@code --multiline-fields=true}.
 */
public final class Neo4jCsvWriter {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL).setRecordSeparator("\n").get();

    public void writeNodes(PropertyGraph graph, OutputStream out) throws IOException {
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSV);
        csv.printRecord("id:ID", "label", "class", "papers:int", "evidence:int", "iri", ":LABEL");
        for (GraphNode node : graph.nodes()) {
            String labels = node.nodeClass() == NodeClass.PAPER ? "Paper" : "Concept;" + node.nodeClass().label();
            csv.printRecord(node.id(), node.label(), node.nodeClass().label(), node.papers(), node.evidence(),
                    node.iri(), labels);
        }
        csv.flush();
    }

    public void writeRelationships(PropertyGraph graph, OutputStream out) throws IOException {
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSV);
        csv.printRecord(":START_ID", ":END_ID", ":TYPE", "weight:int", "predicate");
        for (GraphEdge edge : graph.edges()) {
            csv.printRecord(edge.source(), edge.target(), edge.kind().relationshipType(), edge.weight(),
                    edge.predicateIri());
        }
        csv.flush();
    }
}
