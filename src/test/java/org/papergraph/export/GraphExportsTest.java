package org.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every property-graph export is valid for its tool and carries any label through unchanged. */
class GraphExportsTest {

    /** Quotes, ampersand, angle brackets, non-ASCII, a tab, a newline, a backslash and a control character. */
    static final String NASTY = "He said \"hi\" & <script>alert(1)</script> — naïve 東京 α≥β\tx\nsecond line \\ end";
    /** XML 1.0 cannot hold U+0001: the XML formats replace it, the others keep it. */
    static final String CONTROL = "bell\u0001here";

    static PropertyGraph nastyGraph() {
        GraphNode paper = new GraphNode("paper:p1", "https://w3id.org/papergraph/resource/paper/p1", NASTY, NodeClass.PAPER, 1, 2);
        GraphNode method = new GraphNode("concept:m", "https://w3id.org/papergraph/resource/concept/m", "M&M's <method>",
                NodeClass.METHOD, 3, 4);
        GraphNode odd = new GraphNode("concept:o", "https://w3id.org/papergraph/resource/concept/o", CONTROL,
                NodeClass.METRIC, 1, 1);
        return new PropertyGraph(List.of(paper, method, odd), List.of(
                new GraphEdge("e0", "paper:p1", "concept:m", EdgeKind.USES_METHOD, 1),
                new GraphEdge("e1", "paper:p1", "concept:o", EdgeKind.USES_METRIC, 1)));
    }

    static byte[] write(GraphWriter writer, PropertyGraph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(graph, out);
        return out.toByteArray();
    }

    static void validate(byte[] xml, String schema) throws Exception {
        URL url = GraphExportsTest.class.getResource(schema);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(url).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void gexfIsValidAndKeepsLabels() throws Exception {
        byte[] gexf = write(new GexfWriter(), nastyGraph());
        validate(gexf, "/xsd/gexf-1.3/gexf.xsd");
        NodeList nodes = parse(gexf).getElementsByTagNameNS(GexfWriter.NS, "node");
        assertEquals(NASTY, ((Element) nodes.item(0)).getAttribute("label"));
        assertEquals("M&M's <method>", ((Element) nodes.item(1)).getAttribute("label"));
        assertEquals("bell\uFFFDhere", ((Element) nodes.item(2)).getAttribute("label"));
        NodeList colours = parse(gexf).getElementsByTagNameNS(GexfWriter.VIZ, "color");
        assertEquals("31", ((Element) colours.item(1)).getAttribute("r"), "methods are blue (#1f77b4)");
    }

    @Test
    void graphmlIsValidAndKeepsLabels() throws Exception {
        byte[] graphml = write(new GraphmlWriter(), nastyGraph());
        validate(graphml, "/xsd/graphml-1.0/graphml.xsd");
        NodeList data = parse(graphml).getElementsByTagNameNS(GraphmlWriter.NS, "data");
        assertEquals("label", ((Element) data.item(0)).getAttribute("key"));
        assertEquals(NASTY, data.item(0).getTextContent());
    }

    @Test
    void cytoscapeJsonParsesBack() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(new CytoscapeJsonWriter(), nastyGraph()));
        JsonNode nodes = root.path("elements").path("nodes");
        assertEquals(3, nodes.size());
        assertEquals(NASTY, nodes.get(0).path("data").path("label").asText());
        assertEquals(CONTROL, nodes.get(2).path("data").path("label").asText());
        JsonNode edge = root.path("elements").path("edges").get(0).path("data");
        assertEquals("paper:p1", edge.path("source").asText());
        assertEquals("https://w3id.org/papergraph/ontology#usesMethod", edge.path("predicate").asText());
        assertEquals(1, edge.path("weight").asInt());
    }

    @Test
    void neo4jCsvParsesBack() throws Exception {
        Neo4jCsvWriter writer = new Neo4jCsvWriter();
        ByteArrayOutputStream nodes = new ByteArrayOutputStream();
        ByteArrayOutputStream relationships = new ByteArrayOutputStream();
        writer.writeNodes(nastyGraph(), nodes);
        writer.writeRelationships(nastyGraph(), relationships);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(nodes.toString(StandardCharsets.UTF_8))).getRecords();
        assertEquals(NASTY, rows.get(0).get("label"));
        assertEquals("Concept;Method", rows.get(1).get(":LABEL"));
        List<CSVRecord> rels = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(relationships.toString(StandardCharsets.UTF_8))).getRecords();
        assertEquals("USES_METHOD", rels.get(0).get(":TYPE"));
        assertEquals("concept:m", rels.get(0).get(":END_ID"));
    }

    @Test
    void dotQuotesEveryLabel() {
        assertEquals("\"a \\\"b\\\" \\\\ c\\nd <e> & é\"", DotWriter.quote("a \"b\" \\ c\nd <e> & é"));
    }

    @Test
    void dotRendersWithGraphviz(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "Graphviz dot is not installed");
        Path dot = dir.resolve("graph.dot");
        Files.write(dot, write(new DotWriter(), nastyGraph()));
        Path svg = dir.resolve("graph.svg");
        Process process = new ProcessBuilder("/usr/bin/dot", "-Tsvg", "-o", svg.toString(), dot.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        String rendered = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(rendered.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "angle brackets drawn as text");
        assertTrue(rendered.contains("naïve 東京"), "non-ASCII kept");
        assertTrue(rendered.contains("second line \\ end"), "the newline starts a second line; backslash kept");
        assertTrue(rendered.contains("M&amp;M&#39;s &lt;method&gt;") || rendered.contains("M&amp;M's &lt;method&gt;"), rendered);
    }
}
