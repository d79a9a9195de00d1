package org.papergraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.papergraph.concepts.Labels;
import org.papergraph.extract.ConceptClass;
import org.papergraph.rdf.PG;

/**
 * The concept hierarchy (skos:broader) with, per concept, the papers that mention it or anything
 * narrower. Read from the store in two queries, assembled in memory.
 */
public final class ConceptTree {

    private static final Query CONCEPTS = QueryFactory.create("""
            PREFIX pg:   <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?c ?label ?class ?broader WHERE {
              ?c skos:prefLabel ?label ; a ?class .
              VALUES ?class { pg:Method pg:Task pg:Dataset pg:Metric }
              OPTIONAL { ?c skos:broader ?broader }
            }""");

    private static final Query MENTIONS = QueryFactory.create("""
            PREFIX pg:  <https://w3id.org/papergraph/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT DISTINCT ?c ?paper WHERE { ?ev pg:inPaper ?paper ; rdf:object ?c }""");

    /** A concept in the tree. */
    public record Entry(Node concept, String label, ConceptClass type, Set<Node> papers, List<Entry> narrower) {
    }

    private final Map<Node, Entry> entries;
    private final Map<Node, Node> parentOf;

    private ConceptTree(Map<Node, Entry> entries, Map<Node, Node> parentOf) {
        this.entries = entries;
        this.parentOf = parentOf;
    }

    public static ConceptTree read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, Entry> entries = new LinkedHashMap<>();
            Map<Node, Node> parentOf = new HashMap<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(CONCEPTS).build()) {
                exec.select().forEachRemaining(row -> {
                    Node concept = row.get("c");
                    entries.computeIfAbsent(concept, c -> new Entry(c, row.get("label").getLiteralLexicalForm(),
                            classOf(row.get("class")), new HashSet<>(), new ArrayList<>()));
                    Node broader = row.get("broader");
                    if (broader != null && !broader.equals(concept)) {
                        parentOf.putIfAbsent(concept, broader);
                    }
                });
            }
            try (QueryExec exec = QueryExec.dataset(dataset).query(MENTIONS).build()) {
                exec.select().forEachRemaining(row -> {
                    Entry entry = entries.get(row.get("c"));
                    if (entry != null) {
                        entry.papers().add(row.get("paper"));
                    }
                });
            }
            parentOf.forEach((child, parent) -> {
                Entry p = entries.get(parent);
                if (p != null && entries.containsKey(child) && !isAncestor(child, parent, parentOf)) {
                    p.narrower().add(entries.get(child));
                }
            });
            return new ConceptTree(entries, parentOf);
        });
    }

    private static boolean isAncestor(Node candidate, Node of, Map<Node, Node> parentOf) {
        Set<Node> seen = new HashSet<>();
        for (Node n = of; n != null && seen.add(n); n = parentOf.get(n)) {
            if (n.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Concepts with no broader concept in the store, optionally of one class. */
    public List<Entry> roots(ConceptClass type) {
        List<Entry> roots = new ArrayList<>();
        for (Entry e : entries.values()) {
            Node parent = parentOf.get(e.concept());
            boolean hasParent = parent != null && entries.containsKey(parent) && !isAncestor(e.concept(), parent, parentOf);
            if (!hasParent && (type == null || e.type() == type)) {
                roots.add(e);
            }
        }
        roots.sort(byPapers());
        return roots;
    }

    /** The concept whose preferred or alternative label matches (any case, hyphens as spaces). */
    public Optional<Entry> find(String label) {
        String wanted = Labels.lookupKey(label);
        return entries.values().stream().filter(e -> Labels.lookupKey(e.label()).equals(wanted)).findFirst();
    }

    /** Papers mentioning the concept or anything under it. */
    public Set<Node> papersUnder(Entry entry) {
        Set<Node> papers = new HashSet<>(entry.papers());
        Set<Node> seen = new HashSet<>();
        collect(entry, papers, seen);
        return papers;
    }

    private void collect(Entry entry, Set<Node> papers, Set<Node> seen) {
        if (!seen.add(entry.concept())) {
            return;
        }
        papers.addAll(entry.papers());
        entry.narrower().forEach(child -> collect(child, papers, seen));
    }

    public Comparator<Entry> byPapers() {
        return Comparator.<Entry>comparingInt(e -> -papersUnder(e).size()).thenComparing(Entry::label);
    }

    private static ConceptClass classOf(Node node) {
        for (ConceptClass c : ConceptClass.values()) {
            if (PG.classNode(c).equals(node)) {
                return c;
            }
        }
        throw new IllegalStateException("not a concept class: " + node);
    }
}
