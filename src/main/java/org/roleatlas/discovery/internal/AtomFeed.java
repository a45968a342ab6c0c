package org.roleatlas.discovery.internal;

import static org.roleatlas.discovery.internal.XmlDocuments.text;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 document (RFC 4287); every title, name and summary is escaped by the XML writer.
 *
 * @param id      the feed's permanent address (its HTML page)
 * @param self    the feed's own absolute address
 * @param updated when the feed last changed; used only when there are no entries
 */
record AtomFeed(String id, String title, String self, Instant updated, List<Entry> entries) {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    AtomFeed {
        entries = List.copyOf(entries);
    }

    /**
     * @param link    the entry's absolute address, also its id
     * @param summary plain text
     */
    record Entry(String link, String title, String author, String summary, Instant published, Instant updated) {
    }

    String toXml() {
        return XmlDocuments.write("feed", NAMESPACE, xml -> {
            text(xml, "id", id);
            text(xml, "title", title + " · RoleAtlas");
            text(xml, "updated", time(entries.stream().map(Entry::updated).max(Comparator.naturalOrder())
                    .orElse(updated)));
            link(xml, "self", self, "application/atom+xml");
            link(xml, "alternate", id, "text/html");
            text(xml, "generator", "RoleAtlas");
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.link());
                text(xml, "title", entry.title());
                text(xml, "published", time(entry.published()));
                text(xml, "updated", time(entry.updated()));
                link(xml, "alternate", entry.link(), "text/html");
                xml.writeStartElement("author");
                text(xml, "name", entry.author());
                xml.writeEndElement();
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(XmlDocuments.xmlSafe(entry.summary() == null ? "" : entry.summary()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
        });
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** RFC 3339 in UTC, whole seconds. */
    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
