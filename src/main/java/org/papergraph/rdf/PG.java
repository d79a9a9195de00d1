package org.papergraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.papergraph.extract.ConceptClass;
import org.papergraph.extract.RelationType;

/** The papergraph vocabulary as Jena nodes (the contract of ontology/papergraph.ttl). */
public final class PG {

    public static final String NS = "https://w3id.org/papergraph/ontology#";
    public static final String RESOURCE = "https://w3id.org/papergraph/resource/";

    public static final Node Paper = uri("Paper");
    public static final Node Evidence = uri("Evidence");

    public static final Node proposes = uri("proposes");
    public static final Node usesMethod = uri("usesMethod");
    public static final Node addressesTask = uri("addressesTask");
    public static final Node usesDataset = uri("usesDataset");
    public static final Node usesMetric = uri("usesMetric");

    public static final Node authorCount = uri("authorCount");
    public static final Node organisation = uri("organisation");
    public static final Node contentHash = uri("contentHash");

    public static final Node inPaper = uri("inPaper");
    public static final Node sentence = uri("sentence");
    public static final Node section = uri("section");
    public static final Node charStart = uri("charStart");
    public static final Node charEnd = uri("charEnd");
    public static final Node mentionText = uri("mentionText");
    public static final Node mentionLabel = uri("mentionLabel");
    public static final Node mentionClass = uri("mentionClass");
    public static final Node acronym = uri("acronym");
    public static final Node extractor = uri("extractor");
    public static final Node confidence = uri("confidence");

    public static final Node labelKey = uri("labelKey");
    public static final Node titleKey = uri("titleKey");
    public static final Node paperCount = uri("paperCount");
    public static final Node classVotes = uri("classVotes");
    public static final Node usageCount = uri("usageCount");

    public static final Node MethodCooccurrence = uri("MethodCooccurrence");
    public static final Node firstMethod = uri("firstMethod");
    public static final Node secondMethod = uri("secondMethod");
    public static final Node sharedPapers = uri("sharedPapers");

    public static final Node AnswerCount = uri("AnswerCount");
    public static final Node countedQuery = uri("countedQuery");
    public static final Node forKey = uri("forKey");
    public static final Node answer = uri("answer");
    public static final Node supportingPapers = uri("supportingPapers");
    public static final Node via = uri("via");

    private PG() {
    }

    public static Node uri(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    public static Node classNode(ConceptClass type) {
        return uri(type.localName());
    }

    public static Node predicate(RelationType type) {
        return type == RelationType.BROADER ? SKOS.broader.asNode() : uri(type.localName());
    }

    /** The prefixes every output uses, so Turtle is readable. */
    public static PrefixMapping prefixes() {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        prefixes.setNsPrefix("pg", NS);
        prefixes.setNsPrefix("paper", Iris.PAPER_NS);
        prefixes.setNsPrefix("concept", Iris.CONCEPT_NS);
        prefixes.setNsPrefix("evidence", Iris.EVIDENCE_NS);
        prefixes.setNsPrefix("graph", Iris.GRAPH_NS);
        prefixes.setNsPrefix("dcterms", DCTerms.NS);
        prefixes.setNsPrefix("skos", SKOS.uri);
        prefixes.setNsPrefix("rdf", RDF.uri);
        prefixes.setNsPrefix("rdfs", RDFS.uri);
        prefixes.setNsPrefix("owl", OWL.NS);
        prefixes.setNsPrefix("xsd", XSD.NS);
        prefixes.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        prefixes.setNsPrefix("foaf", FOAF.NS);
        prefixes.lock();
        return prefixes;
    }
}
