package org.papergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3 for Gephi: node class, paper and evidence counts and IRI as typed attributes, a colour
 * per class and a size by papers (viz extension); edges weighted by supporting papers.
 */
public final class GexfWriter implements GraphWriter {

    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XmlOutput.open(out);
            xml.setDefaultNamespace(NS);
            xml.setPrefix("viz", VIZ);
            xml.setPrefix("xsi", XSI);
            xml.writeStartElement(NS, "gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("viz", VIZ);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
            xml.writeAttribute("version", "1.3");

            xml.writeStartElement(NS, "meta");
            xml.writeAttribute("lastmodifieddate", LocalDate.now(ZoneOffset.UTC).toString());
            element(xml, "creator", "papergraph");
            element(xml, "description", "Papers and the methods, tasks, datasets and metrics they use; "
                    + "edge weight = supporting papers");
            xml.writeEndElement();

            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", "static");
            attributes(xml, "node", new String[][] {
                    {"class", "class", "string"}, {"papers", "papers", "integer"},
                    {"evidence", "evidence", "integer"}, {"iri", "iri", "anyURI"}});
            attributes(xml, "edge", new String[][] {
                    {"relation", "relation", "string"}, {"predicate", "predicate", "anyURI"}});

            xml.writeStartElement(NS, "nodes");
            for (GraphNode node : graph.nodes()) {
                xml.writeStartElement(NS, "node");
                xml.writeAttribute("id", node.id());
                xml.writeAttribute("label", node.label());
                xml.writeStartElement(NS, "attvalues");
                attvalue(xml, "class", node.nodeClass().label());
                attvalue(xml, "papers", Integer.toString(node.papers()));
                attvalue(xml, "evidence", Integer.toString(node.evidence()));
                attvalue(xml, "iri", node.iri());
                xml.writeEndElement();
                xml.writeEmptyElement(VIZ, "color");
                xml.writeAttribute("r", Integer.toString(node.nodeClass().red()));
                xml.writeAttribute("g", Integer.toString(node.nodeClass().green()));
                xml.writeAttribute("b", Integer.toString(node.nodeClass().blue()));
                xml.writeEmptyElement(VIZ, "size");
                xml.writeAttribute("value", Double.toString(5 + 3 * Math.sqrt(node.papers())));
                xml.writeEndElement();
            }
            xml.writeEndElement();

            xml.writeStartElement(NS, "edges");
            for (GraphEdge edge : graph.edges()) {
                xml.writeStartElement(NS, "edge");
                xml.writeAttribute("id", edge.id());
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                xml.writeAttribute("label", edge.kind().label());
                xml.writeAttribute("weight", Integer.toString(edge.weight()));
                xml.writeStartElement(NS, "attvalues");
                attvalue(xml, "relation", edge.kind().label());
                attvalue(xml, "predicate", edge.predicateIri());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static void attributes(XMLStreamWriter xml, String forClass, String[][] definitions) throws XMLStreamException {
        xml.writeStartElement(NS, "attributes");
        xml.writeAttribute("class", forClass);
        xml.writeAttribute("mode", "static");
        for (String[] d : definitions) {
            xml.writeEmptyElement(NS, "attribute");
            xml.writeAttribute("id", d[0]);
            xml.writeAttribute("title", d[1]);
            xml.writeAttribute("type", d[2]);
        }
        xml.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter xml, String forId, String value) throws XMLStreamException {
        xml.writeEmptyElement(NS, "attvalue");
        xml.writeAttribute("for", forId);
        xml.writeAttribute("value", value);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
