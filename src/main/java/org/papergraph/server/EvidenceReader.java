package org.papergraph.server;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.rdf.PG;

/**
 * The evidence behind a node: for a concept, every statement about it (as subject or object); for a
 * paper, every statement read in it. Grouped by paper, each sentence split around its mention.
 */
public final class EvidenceReader {

    private final DatasetGraph dataset;

    public EvidenceReader(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** One supporting sentence; the sentence is {@code before + mention + after}. */
    public record Sentence(String subject, String relation, String object, String before, String mention,
                           String after, String section, String extractor, BigDecimal confidence) {
    }

    public record PaperEvidence(String paperIri, String title, List<Sentence> sentences) {
    }

    public List<PaperEvidence> forNode(String iri, boolean isPaper) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = dataset.getUnionGraph();
            Node node = NodeFactory.createURI(iri);
            List<Node> evidence = new ArrayList<>();
            if (isPaper) {
                g.find(Node.ANY, PG.inPaper, node).forEach(t -> evidence.add(t.getSubject()));
            } else {
                g.find(Node.ANY, RDF.Nodes.object, node).forEach(t -> evidence.add(t.getSubject()));
                g.find(Node.ANY, RDF.Nodes.subject, node).forEach(t -> evidence.add(t.getSubject()));
            }
            Map<Node, List<Sentence>> byPaper = new LinkedHashMap<>();
            Map<Node, Integer> order = new java.util.HashMap<>();
            for (Node ev : evidence) {
                Node paper = one(g, ev, PG.inPaper);
                if (paper == null || one(g, ev, PG.sentence) == null) {
                    continue;
                }
                byPaper.computeIfAbsent(paper, p -> new ArrayList<>()).add(sentence(g, ev, paper));
                order.putIfAbsent(paper, order.size());
            }
            List<PaperEvidence> papers = new ArrayList<>();
            byPaper.forEach((paper, sentences) -> papers.add(
                    new PaperEvidence(paper.getURI(), text(g, paper, DCTerms.title.asNode(), paper.getURI()), sentences)));
            papers.sort(Comparator.comparing(PaperEvidence::title));
            return papers;
        });
    }

    private static Sentence sentence(Graph g, Node ev, Node paper) {
        String sentence = text(g, ev, PG.sentence, "");
        String abstractText = text(g, paper, DCTerms.abstract_.asNode(), "");
        int start = integer(g, ev, PG.charStart);
        int end = integer(g, ev, PG.charEnd);
        Highlight highlight = Highlight.of(sentence, abstractText, start, end, text(g, ev, PG.mentionText, ""));
        Node confidence = one(g, ev, PG.confidence);
        return new Sentence(label(g, one(g, ev, RDF.Nodes.subject)), localName(one(g, ev, RDF.Nodes.predicate)),
                label(g, one(g, ev, RDF.Nodes.object)), highlight.before(), highlight.mention(), highlight.after(),
                text(g, ev, PG.section, ""), text(g, ev, PG.extractor, ""),
                confidence == null ? null : new BigDecimal(confidence.getLiteralLexicalForm()));
    }

    private static String label(Graph g, Node node) {
        if (node == null) {
            return "";
        }
        String pref = text(g, node, SKOS.prefLabel.asNode(), null);
        return pref != null ? pref : text(g, node, DCTerms.title.asNode(), localName(node));
    }

    private static String localName(Node node) {
        return node == null || !node.isURI() ? "" : node.getLocalName();
    }

    private static Node one(Graph g, Node subject, Node predicate) {
        Iterator<Triple> found = g.find(subject, predicate, Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }

    private static String text(Graph g, Node subject, Node predicate, String otherwise) {
        Node value = one(g, subject, predicate);
        return value != null && value.isLiteral() ? value.getLiteralLexicalForm() : otherwise;
    }

    private static int integer(Graph g, Node subject, Node predicate) {
        Node value = one(g, subject, predicate);
        try {
            return value == null ? -1 : Integer.parseInt(value.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
