package org.papergraph.rdf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PublicationDate;
import org.papergraph.ingest.SourceLocation;

/**
 * Reads a paper's metadata back from its named graph: the inverse of {@link PaperQuads}' metadata, so
 * a new record of a stored paper can be merged into it. Author order is not kept by RDF; the list
 * comes back in the store's order.
 */
public final class StoredPaper {

    private StoredPaper() {
    }

    /** The stored metadata of the paper, if its graph exists. Call inside a read transaction. */
    public static Optional<Paper> read(DatasetGraph dsg, String paperId) {
        Node graph = Iris.paperGraph(paperId);
        Node subject = Iris.paper(paperId);
        String title = first(dsg, graph, subject, DCTerms.title.asNode());
        String abstractText = first(dsg, graph, subject, DCTerms.abstract_.asNode());
        List<String> sourceTexts = all(dsg, graph, subject, DCTerms.source.asNode());
        if (title == null || abstractText == null || sourceTexts.isEmpty()) {
            return Optional.empty();
        }
        List<String> identifiers = all(dsg, graph, subject, DCTerms.identifier.asNode());
        identifiers.remove(paperId);
        String authorCount = first(dsg, graph, subject, PG.authorCount);
        return Optional.of(new Paper(paperId, title, all(dsg, graph, subject, DCTerms.creator.asNode()),
                authorCount == null ? null : Integer.valueOf(authorCount),
                first(dsg, graph, subject, PG.organisation),
                date(first(dsg, graph, subject, DCTerms.issued.asNode())),
                identifiers,
                sourceTexts.stream().map(StoredPaper::source).toList(),
                abstractText,
                date(first(dsg, graph, subject, DCTerms.modified.asNode())),
                all(dsg, graph, subject, DCTerms.subject.asNode()),
                first(dsg, graph, subject, DCTerms.bibliographicCitation.asNode())));
    }

    /** The id of the stored paper that has this identifier (e.g. "arXiv:2101.00001"), if any. Inside a read transaction. */
    public static Optional<String> withIdentifier(DatasetGraph dsg, String identifier) {
        Iterator<Quad> found = dsg.find(Node.ANY, Node.ANY, DCTerms.identifier.asNode(), PaperQuads.text(identifier));
        while (found.hasNext()) {
            Quad quad = found.next();
            if (Iris.isPaperGraph(quad.getGraph()) && quad.getSubject().isURI()
                    && quad.getSubject().getURI().startsWith(Iris.PAPER_NS)) {
                return Optional.of(quad.getSubject().getURI().substring(Iris.PAPER_NS.length()));
            }
        }
        return Optional.empty();
    }

    private static String first(DatasetGraph dsg, Node graph, Node subject, Node predicate) {
        Iterator<Quad> found = dsg.find(graph, subject, predicate, Node.ANY);
        return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : null;
    }

    private static List<String> all(DatasetGraph dsg, Node graph, Node subject, Node predicate) {
        List<String> values = new ArrayList<>();
        dsg.find(graph, subject, predicate, Node.ANY).forEachRemaining(q -> values.add(q.getObject().getLiteralLexicalForm()));
        return values;
    }

    private static PublicationDate date(String lexical) {
        return lexical == null ? null : PublicationDate.parse(lexical).orElse(null);
    }

    /** "file.txt:12" → file.txt, line 12 (file names may themselves contain colons). */
    private static SourceLocation source(String text) {
        int colon = text.lastIndexOf(':');
        if (colon > 0 && text.substring(colon + 1).matches("\\d+")) {
            return new SourceLocation(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        }
        return new SourceLocation(text, 0);
    }
}
