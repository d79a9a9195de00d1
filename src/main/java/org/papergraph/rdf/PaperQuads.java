package org.papergraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.concepts.ConceptRef;
import org.papergraph.concepts.LinkedExtraction;
import org.papergraph.extract.Mention;
import org.papergraph.extract.Relation;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PublicationDate;
import org.papergraph.ingest.SourceLocation;

/**
 * Writes one paper's named graph: its metadata, one plain triple per relation (so simple SPARQL
 * works) and, for every relation, an evidence node that says where in the text it was read.
 */
public final class PaperQuads {

    private final String extractorId;

    public PaperQuads(String extractorId) {
        this.extractorId = extractorId;
    }

    public void write(LinkedExtraction linked, String contentHash, StreamRDF sink) {
        Paper paper = linked.extraction().paper();
        Node graph = Iris.paperGraph(paper.id());
        Node subject = Iris.paper(paper.id());
        Emitter out = new Emitter(sink, graph);
        writeMetadata(paper, subject, contentHash, out);
        // A concept-to-concept statement needs its subject to have evidence of its own in this paper,
        // or the concepts graph would not know the subject's label.
        Set<String> observed = new HashSet<>();
        linked.extraction().relations().forEach(r -> observed.add(linked.conceptOf(r.object()).key()));
        int index = 0;
        for (Relation relation : linked.extraction().relations()) {
            if (!relation.fromPaper() && !observed.contains(linked.conceptOf(relation.subject()).key())) {
                continue;
            }
            Mention object = relation.object();
            ConceptRef concept = linked.conceptOf(object);
            Node from = relation.fromPaper() ? subject : Iris.concept(linked.conceptOf(relation.subject()).key());
            Node predicate = PG.predicate(relation.type());
            Node to = Iris.concept(concept.key());
            if (from.equals(to)) {
                continue;
            }
            out.add(from, predicate, to);

            Node evidence = Iris.evidence(paper.id(), index++);
            out.add(evidence, RDF.Nodes.type, PG.Evidence);
            out.add(evidence, RDF.Nodes.subject, from);
            out.add(evidence, RDF.Nodes.predicate, predicate);
            out.add(evidence, RDF.Nodes.object, to);
            out.add(evidence, PG.inPaper, subject);
            out.add(evidence, PG.sentence, text(object.sentenceText()));
            out.add(evidence, PG.section, text(object.section().name().toLowerCase(Locale.ROOT)));
            out.add(evidence, PG.charStart, integer(object.charStart()));
            out.add(evidence, PG.charEnd, integer(object.charEnd()));
            out.add(evidence, PG.mentionText, text(object.text()));
            out.add(evidence, PG.mentionLabel, text(concept.label()));
            out.add(evidence, PG.mentionClass, PG.classNode(object.type()));
            if (object.acronym() != null) {
                out.add(evidence, PG.acronym, text(object.acronym()));
            }
            out.add(evidence, PG.extractor, text(extractorId + "#" + relation.rule()));
            out.add(evidence, PG.confidence, decimal(relation.confidence()));
        }
    }

    /** The predicates of a paper's metadata: what {@link #writeMetadata} writes and a metadata update replaces. */
    public static final List<Node> METADATA = List.of(DCTerms.title.asNode(), PG.titleKey, DCTerms.abstract_.asNode(),
            DCTerms.identifier.asNode(), DCTerms.creator.asNode(), PG.authorCount, PG.organisation,
            DCTerms.issued.asNode(), DCTerms.modified.asNode(), DCTerms.subject.asNode(),
            DCTerms.bibliographicCitation.asNode(), DCTerms.source.asNode(), PG.contentHash);

    /** A title in lookup form: what SPARQL's LCASE gives, so a query finds a paper by title through an index. */
    public static String titleKey(String title) {
        return title.toLowerCase(java.util.Locale.ROOT);
    }

    /** The paper's metadata statements alone, for updating a paper whose text (and so extraction) is unchanged. */
    public static List<Quad> metadata(Paper paper, String contentHash) {
        CollectorStreamQuads quads = new CollectorStreamQuads();
        writeMetadata(paper, Iris.paper(paper.id()), contentHash, new Emitter(quads, Iris.paperGraph(paper.id())));
        return quads.getCollected();
    }

    private static void writeMetadata(Paper paper, Node subject, String contentHash, Emitter out) {
        out.add(subject, RDF.Nodes.type, PG.Paper);
        out.add(subject, DCTerms.title.asNode(), text(paper.title()));
        out.add(subject, PG.titleKey, text(titleKey(paper.title())));
        out.add(subject, DCTerms.abstract_.asNode(), text(paper.abstractText()));
        out.add(subject, DCTerms.identifier.asNode(), text(paper.id()));
        for (String identifier : paper.identifiers()) {
            out.add(subject, DCTerms.identifier.asNode(), text(identifier));
        }
        for (String author : paper.authors()) {
            out.add(subject, DCTerms.creator.asNode(), text(author));
        }
        if (paper.authorCount() != null) {
            out.add(subject, PG.authorCount, integer(paper.authorCount()));
        }
        if (paper.organisation() != null) {
            out.add(subject, PG.organisation, text(paper.organisation()));
        }
        if (paper.date() != null) {
            out.add(subject, DCTerms.issued.asNode(), date(paper.date()));
        }
        if (paper.revised() != null) {
            out.add(subject, DCTerms.modified.asNode(), date(paper.revised()));
        }
        for (String category : paper.categories()) {
            out.add(subject, DCTerms.subject.asNode(), text(category));
        }
        if (paper.journalRef() != null) {
            out.add(subject, DCTerms.bibliographicCitation.asNode(), text(paper.journalRef()));
        }
        for (SourceLocation source : paper.sources()) {
            out.add(subject, DCTerms.source.asNode(), text(source.toString()));
        }
        out.add(subject, PG.contentHash, text(contentHash));
    }

    static Node text(String value) {
        return NodeFactory.createLiteralString(value);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /**
     * Two decimal places at most, in the canonical form ("0.5", "1.0", "0.85"). TDB2 stores a decimal
     * by value and reads it back canonical, and then cannot delete a quad written with another form
     * ("0.50"): replacing a paper's graph left such quads behind (Jena 5.6).
     */
    static Node decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal canonical = rounded.scale() < 1 ? rounded.setScale(1) : rounded;
        return NodeFactory.createLiteralDT(canonical.toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** As precise as known: xsd:date, xsd:gYearMonth, xsd:gYear, or xsd:gMonthDay ("--04-01"): never an invented year. */
    static Node date(PublicationDate date) {
        XSDDatatype type = !date.hasYear() ? XSDDatatype.XSDgMonthDay
                : date.month() == 0 ? XSDDatatype.XSDgYear
                : date.day() == 0 ? XSDDatatype.XSDgYearMonth
                : XSDDatatype.XSDdate;
        return NodeFactory.createLiteralDT(date.iso(), type);
    }

    private record Emitter(StreamRDF sink, Node graph) {
        void add(Node s, Node p, Node o) {
            sink.quad(Quad.create(graph, s, p, o));
        }
    }
}
