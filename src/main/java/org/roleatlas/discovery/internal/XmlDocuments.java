package org.roleatlas.discovery.internal;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** XML documents written with the JDK's writer, which escapes every text and attribute. */
final class XmlDocuments {

    /** What goes inside the root element. */
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlDocuments() {
    }

    /** A UTF-8 document of one root element in the default namespace. */
    static String write(String root, String namespace, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(namespace);
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the " + root + " document", e);
        }
        return out.toString();
    }

    /** {@code <name>value</name>}, without characters XML cannot carry. */
    static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /** Member text may hold characters XML 1.0 cannot carry at all (most control characters); they are left out. */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(safe::appendCodePoint);
        return safe.toString();
    }
}
