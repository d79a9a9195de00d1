package org.papergraph.export;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX writers that keep any label intact: Woodstox writes newlines and tabs in attribute values
 * as character references (a raw newline would be read back as a space), and replaces the few
 * control characters XML 1.0 cannot hold with U+FFFD instead of writing an unreadable file.
 */
final class XmlOutput {

    private XmlOutput() {
    }

    static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
        XMLOutputFactory factory = new WstxOutputFactory();
        factory.setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
                new InvalidCharHandler.ReplacingHandler('\uFFFD'));
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        XMLStreamWriter writer = factory.createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        return writer;
    }
}
