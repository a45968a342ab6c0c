package org.roleatlas.discovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** How the sitemap splits once it passes the protocol's 50,000 addresses per file. */
class SitemapXmlTest {

    @Test
    void upToTheLimitOneFileSuffices() {
        assertThat(SitemapXml.files(0, SitemapXml.MAX_URLS)).isEqualTo(1);
        assertThat(SitemapXml.files(SitemapXml.MAX_URLS, SitemapXml.MAX_URLS)).isEqualTo(1);
        assertThat(SitemapXml.files(SitemapXml.MAX_URLS + 1, SitemapXml.MAX_URLS)).isEqualTo(2);
    }

    @Test
    void numberedSitemapsTakeConsecutiveSlicesAndNothingPastTheLast() {
        List<String> paths = IntStream.rangeClosed(1, 7).mapToObj(i -> "/questions/" + i).toList();

        assertThat(SitemapXml.files(paths.size(), 3)).isEqualTo(3);
        assertThat(SitemapXml.slice(paths, 1, 3)).containsExactly("/questions/1", "/questions/2", "/questions/3");
        assertThat(SitemapXml.slice(paths, 3, 3)).containsExactly("/questions/7");
        assertThat(SitemapXml.slice(paths, 4, 3)).isEmpty();
        assertThat(SitemapXml.slice(paths, 0, 3)).isEmpty();
    }

    @Test
    void theIndexNamesEveryNumberedSitemapAbsolutely() throws Exception {
        Document index = FeedsSitemapAndSharingTest.parse(SitemapXml.index("https://roles.example.com", 3));

        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        NodeList locs = index.getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc");
        assertThat(IntStream.range(0, locs.getLength()).mapToObj(i -> locs.item(i).getTextContent()))
                .containsExactly("https://roles.example.com/sitemap-1.xml", "https://roles.example.com/sitemap-2.xml",
                        "https://roles.example.com/sitemap-3.xml");
    }

    @Test
    void addressesAreEscaped() throws Exception {
        String xml = SitemapXml.urlset("https://roles.example.com", List.of("/compare/a&b"));

        assertThat(xml).contains("<loc>https://roles.example.com/compare/a&amp;b</loc>");
        assertThat(FeedsSitemapAndSharingTest.parse(xml).getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc").item(0)
                .getTextContent()).isEqualTo("https://roles.example.com/compare/a&b");
    }
}
