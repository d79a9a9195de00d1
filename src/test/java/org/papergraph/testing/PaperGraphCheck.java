package org.papergraph.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.extract.RelationType;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PG;
import org.papergraph.store.PaperStore;

/**
 * What "a complete paper" means, checked on every paper graph of a store. A paper graph is complete when:
 * <ol>
 *   <li>it describes exactly one pg:Paper, the one its graph IRI names, with a title, an abstract, an
 *       identifier, a source and a content hash;</li>
 *   <li>every evidence node has exactly one rdf:subject, rdf:predicate, rdf:object, pg:inPaper (this paper),
 *       pg:sentence, pg:charStart, pg:charEnd, pg:extractor and pg:confidence, and the statement it
 *       supports is asserted in the same graph;</li>
 *   <li>every relation statement in the graph has at least one evidence node there.</li>
 * </ol>
 * Tests that know the clean build use the stronger {@link #sameAsClean}: the graph is quad for quad the
 * one a clean build gives that paper.
 */
public final class PaperGraphCheck {

    private static final List<Node> PAPER_FIELDS = List.of(DCTerms.title.asNode(), DCTerms.abstract_.asNode(),
            DCTerms.identifier.asNode(), DCTerms.source.asNode(), PG.contentHash);
    private static final List<Node> EVIDENCE_FIELDS = List.of(RDF.Nodes.subject, RDF.Nodes.predicate, RDF.Nodes.object,
            PG.inPaper, PG.sentence, PG.charStart, PG.charEnd, PG.extractor, PG.confidence);

    private PaperGraphCheck() {
    }

    /** Every quad the store holds, as a set (for comparing whole stores). */
    public static Set<Quad> allQuads(PaperStore store) {
        return store.read(dsg -> {
            Set<Quad> quads = new HashSet<>();
            dsg.find().forEachRemaining(quads::add);
            return quads;
        });
    }

    /** What is wrong with the store's paper graphs; empty when every paper is complete. */
    public static List<String> problems(PaperStore store) {
        return store.read(PaperGraphCheck::problems);
    }

    public static List<String> problems(DatasetGraph dsg) {
        List<String> problems = new ArrayList<>();
        for (Node graph : paperGraphs(dsg)) {
            checkGraph(dsg, graph, problems);
        }
        return problems;
    }

    /** The paper IRIs the store holds. */
    public static Set<Node> papers(PaperStore store) {
        return store.read(dsg -> {
            Set<Node> papers = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, PG.Paper).forEachRemaining(q -> papers.add(q.getSubject()));
            return papers;
        });
    }

    /** Each paper graph of the store is identical to the same graph in the clean build; the problems if not. */
    public static List<String> sameAsClean(Set<Quad> store, Set<Quad> clean) {
        List<String> problems = new ArrayList<>();
        Set<Node> graphs = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        store.stream().map(Quad::getGraph).filter(Iris::isPaperGraph).forEach(graphs::add);
        for (Node graph : graphs) {
            Set<Quad> mine = quadsOf(store, graph);
            Set<Quad> theirs = quadsOf(clean, graph);
            if (!mine.equals(theirs)) {
                problems.add(graph.getURI() + ": " + mine.size() + " quads, the clean build has " + theirs.size());
            }
        }
        return problems;
    }

    private static Set<Quad> quadsOf(Set<Quad> quads, Node graph) {
        Set<Quad> result = new HashSet<>();
        quads.stream().filter(q -> q.getGraph().equals(graph)).forEach(result::add);
        return result;
    }

    private static Set<Node> paperGraphs(DatasetGraph dsg) {
        Set<Node> graphs = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (Iris.isPaperGraph(g)) {
                graphs.add(g);
            }
        });
        return graphs;
    }

    private static void checkGraph(DatasetGraph dsg, Node graph, List<String> problems) {
        String name = graph.getURI();
        List<Node> papers = subjects(dsg, graph, RDF.Nodes.type, PG.Paper);
        if (papers.size() != 1) {
            problems.add(name + ": " + papers.size() + " papers, expected 1");
            return;
        }
        Node paper = papers.get(0);
        String key = paper.getURI().substring(Iris.PAPER_NS.length());
        if (!name.equals(Iris.GRAPH_NS + "paper/" + key)) {
            problems.add(name + ": holds paper " + paper.getURI());
        }
        for (Node field : PAPER_FIELDS) {
            if (!dsg.contains(graph, paper, field, Node.ANY)) {
                problems.add(name + ": paper has no " + field.getLocalName());
            }
        }
        Set<Triple> supported = new HashSet<>();
        for (Node evidence : subjects(dsg, graph, RDF.Nodes.type, PG.Evidence)) {
            for (Node field : EVIDENCE_FIELDS) {
                int count = objects(dsg, graph, evidence, field).size();
                if (count != 1) {
                    problems.add(name + ": evidence " + evidence.getURI() + " has " + count + " " + field.getLocalName());
                }
            }
            if (!objects(dsg, graph, evidence, PG.inPaper).equals(List.of(paper))) {
                problems.add(name + ": evidence " + evidence.getURI() + " is not in paper " + paper.getURI());
            }
            Triple statement = Triple.create(one(dsg, graph, evidence, RDF.Nodes.subject),
                    one(dsg, graph, evidence, RDF.Nodes.predicate), one(dsg, graph, evidence, RDF.Nodes.object));
            if (!dsg.contains(graph, statement.getSubject(), statement.getPredicate(), statement.getObject())) {
                problems.add(name + ": evidence " + evidence.getURI() + " supports a statement the graph lacks: " + statement);
            }
            supported.add(statement);
        }
        for (RelationType type : RelationType.values()) {
            dsg.find(graph, Node.ANY, PG.predicate(type), Node.ANY).forEachRemaining(q -> {
                if (!supported.contains(q.asTriple())) {
                    problems.add(name + ": statement without evidence: " + q.asTriple());
                }
            });
        }
    }

    private static List<Node> subjects(DatasetGraph dsg, Node graph, Node predicate, Node object) {
        List<Node> result = new ArrayList<>();
        dsg.find(graph, Node.ANY, predicate, object).forEachRemaining(q -> result.add(q.getSubject()));
        return result;
    }

    private static List<Node> objects(DatasetGraph dsg, Node graph, Node subject, Node predicate) {
        List<Node> result = new ArrayList<>();
        dsg.find(graph, subject, predicate, Node.ANY).forEachRemaining(q -> result.add(q.getObject()));
        return result;
    }

    private static Node one(DatasetGraph dsg, Node graph, Node subject, Node predicate) {
        List<Node> found = objects(dsg, graph, subject, predicate);
        return found.isEmpty() ? Node.ANY : found.get(0);
    }
}
