package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Atom feed the arXiv API returns (export.arxiv.org/api/query), read entry by entry with StAX so a
 * feed of any size streams. The entry id (http://arxiv.org/abs/2101.00001v2) gives the arXiv identifier
 * with its version folded away; "updated" is the date of that version, which is how the newest wins.
 */
final class ArxivAtomFormat implements InputFormat {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";

    private final IngestLimits limits;
    private final XMLInputFactory xml;

    ArxivAtomFormat(IngestLimits limits) {
        this.limits = limits;
        this.xml = XMLInputFactory.newFactory();
        // A feed is data: no DTDs, no external entities (XXE).
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        xml.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    @Override
    public String name() {
        return "arxiv-atom";
    }

    @Override
    public boolean detect(TextSample sample) {
        String head = String.join("\n", sample.lines().subList(0, Math.min(sample.lines().size(), 20)));
        return head.contains("<feed") && head.contains(ATOM);
    }

    @Override
    public void read(InputFile file, PaperSink sink) throws IOException {
        XMLStreamReader reader = null;
        try (BufferedReader text = file.openReader()) {
            reader = xml.createXMLStreamReader(text);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && isAtom(reader, "entry")) {
                    readEntry(file.name(), reader, sink);
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            sink.problem(new IngestProblem(file.name(), line, "the feed is not well-formed XML (" + firstLine(e.getMessage())
                    + "); entries before this point were read, the rest of the file is skipped"));
        } finally {
            close(reader);
        }
    }

    private void readEntry(String fileName, XMLStreamReader reader, PaperSink sink) throws XMLStreamException {
        PaperDraft draft = new PaperDraft(fileName, reader.getLocation().getLineNumber());
        String entryId = null;
        String errorTitle = null;
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = reader.getNamespaceURI();
            String local = reader.getLocalName();
            if (ATOM.equals(ns)) {
                switch (local) {
                    case "id" -> {
                        entryId = reader.getElementText();
                        draft.identifier(Identifiers.arxiv(entryId));
                    }
                    case "title" -> {
                        errorTitle = reader.getElementText();
                        draft.title(errorTitle);
                    }
                    case "summary" -> draft.abstractText(reader.getElementText());
                    case "published" -> draft.date(PublicationDate.parse(reader.getElementText()).orElse(null));
                    case "updated" -> draft.revised(PublicationDate.parse(reader.getElementText()).orElse(null));
                    case "author" -> {
                        readAuthor(reader, draft);
                    }
                    case "category" -> {
                        draft.category(reader.getAttributeValue(null, "term"));
                        depth++;
                    }
                    case "link" -> {
                        if ("doi".equals(reader.getAttributeValue(null, "title"))) {
                            draft.identifier(Identifiers.doi(reader.getAttributeValue(null, "href")));
                        }
                        depth++;
                    }
                    default -> skipElement(reader);
                }
            } else if (ARXIV.equals(ns)) {
                switch (local) {
                    case "doi" -> draft.identifier(Identifiers.doi(reader.getElementText()));
                    case "journal_ref" -> draft.journalRef(reader.getElementText());
                    case "primary_category" -> {
                        draft.primaryCategory(reader.getAttributeValue(null, "term"));
                        depth++;
                    }
                    default -> skipElement(reader);
                }
            } else {
                skipElement(reader);
            }
        }
        if (entryId != null && entryId.contains("/api/errors")) {
            // The API reports a bad query as a feed with one "Error" entry; its summary says what was wrong.
            sink.problem(new IngestProblem(fileName, draft.line(), "the arXiv API returned an error entry instead of papers ("
                    + FieldText.clean(errorTitle) + "); check the query that produced this feed"));
            return;
        }
        draft.finish(sink, limits);
    }

    private static void readAuthor(XMLStreamReader reader, PaperDraft draft) throws XMLStreamException {
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (ATOM.equals(reader.getNamespaceURI()) && reader.getLocalName().equals("name")) {
                draft.author(reader.getElementText());
            } else {
                skipElement(reader);
            }
        }
    }

    /** Skips the element the reader is on, children included; leaves the reader on its end tag. */
    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean isAtom(XMLStreamReader reader, String local) {
        return ATOM.equals(reader.getNamespaceURI()) && local.equals(reader.getLocalName());
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(nl + 1).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Closing a reader of a file that failed to parse has nothing more to report.
            }
        }
    }
}
