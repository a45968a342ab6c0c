package org.roleatlas.discovery.internal;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The sitemaps protocol (sitemaps.org 0.9): one {@code urlset} of at most {@link #MAX_URLS} addresses, or, for more,
 * a {@code sitemapindex} naming numbered sitemaps {@code /sitemap-1.xml}, {@code /sitemap-2.xml}, ...
 */
final class SitemapXml {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit per file. */
    static final int MAX_URLS = 50_000;

    private SitemapXml() {
    }

    /** How many numbered sitemaps {@code count} addresses need; 1 means no index at all. */
    static int files(int count, int perFile) {
        return Math.max(1, (count + perFile - 1) / perFile);
    }

    /** The addresses of numbered sitemap {@code number} (from 1), empty past the last. */
    static List<String> slice(List<String> paths, int number, int perFile) {
        long from = (long) (number - 1) * perFile;
        if (number < 1 || from >= paths.size() && number > 1) {
            return List.of();
        }
        return paths.subList((int) from, (int) Math.min(paths.size(), from + perFile));
    }

    static String urlset(String base, List<String> paths) {
        return write("urlset", "url", paths.stream().map(p -> base + p).toList());
    }

    static String index(String base, int files) {
        return write("sitemapindex", "sitemap", IntStream.rangeClosed(1, files)
                .mapToObj(n -> base + "/sitemap-" + n + ".xml").toList());
    }

    private static String write(String root, String item, List<String> locations) {
        return XmlDocuments.write(root, NAMESPACE, xml -> {
            for (String location : locations) {
                xml.writeStartElement(item);
                XmlDocuments.text(xml, "loc", location);
                xml.writeEndElement();
            }
        });
    }
}
