package org.papergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML with typed keys (yEd, Cytoscape, NetworkX, igraph): label, class, colour, counts and IRI
 * on nodes; relation, predicate IRI and weight on edges.
 */
public final class GraphmlWriter implements GraphWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private record Key(String id, String domain, String type) {
    }

    private static final Key[] KEYS = {
        new Key("label", "node", "string"), new Key("class", "node", "string"), new Key("color", "node", "string"),
        new Key("papers", "node", "int"), new Key("evidence", "node", "int"), new Key("iri", "node", "string"),
        new Key("relation", "edge", "string"), new Key("predicate", "edge", "string"), new Key("weight", "edge", "int"),
    };

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XmlOutput.open(out);
            xml.setDefaultNamespace(NS);
            xml.setPrefix("xsi", XSI);
            xml.writeStartElement(NS, "graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            for (Key key : KEYS) {
                xml.writeEmptyElement(NS, "key");
                // Node and edge keys share one id space in GraphML, so edge ids get an "e_" prefix.
                xml.writeAttribute("id", keyId(key.id(), key.domain()));
                xml.writeAttribute("for", key.domain());
                xml.writeAttribute("attr.name", key.id());
                xml.writeAttribute("attr.type", key.type());
            }
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("id", "papergraph");
            xml.writeAttribute("edgedefault", "directed");
            for (GraphNode node : graph.nodes()) {
                xml.writeStartElement(NS, "node");
                xml.writeAttribute("id", node.id());
                data(xml, "label", node.label());
                data(xml, "class", node.nodeClass().label());
                data(xml, "color", node.nodeClass().hexColour());
                data(xml, "papers", Integer.toString(node.papers()));
                data(xml, "evidence", Integer.toString(node.evidence()));
                data(xml, "iri", node.iri());
                xml.writeEndElement();
            }
            for (GraphEdge edge : graph.edges()) {
                xml.writeStartElement(NS, "edge");
                xml.writeAttribute("id", edge.id());
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                data(xml, keyId("relation", "edge"), edge.kind().label());
                data(xml, keyId("predicate", "edge"), edge.predicateIri());
                data(xml, keyId("weight", "edge"), Integer.toString(edge.weight()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static String keyId(String name, String domain) {
        return domain.equals("edge") ? "e_" + name : name;
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement(NS, "data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
