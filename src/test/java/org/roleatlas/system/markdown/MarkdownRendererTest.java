package org.roleatlas.system.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersEmphasisStrongStrikethroughAndInlineCode() {
        String html = renderer.toHtml("Some *emphasis*, **strong**, ~~gone~~ and `code()`.");

        assertThat(html).isEqualTo("<p>Some <em>emphasis</em>, <strong>strong</strong>, <del>gone</del> and "
                + "<code>code()</code>.</p>\n");
    }

    @Test
    void headingsStartAtH2SoThePageKeepsItsOnlyH1() {
        Document doc = parse("# One\n\n## Two\n\n##### Five\n\n###### Six");

        assertThat(doc.select("h1")).isEmpty();
        assertThat(doc.select("h2").text()).isEqualTo("One");
        assertThat(doc.select("h3").text()).isEqualTo("Two");
        assertThat(doc.select("h6").eachText()).containsExactly("Five", "Six");
    }

    @Test
    void rendersBulletAndNumberedLists() {
        Document doc = parse("- one\n- two\n\n3. three\n4. four");

        assertThat(doc.select("ul > li").eachText()).containsExactly("one", "two");
        assertThat(doc.select("ol > li").eachText()).containsExactly("three", "four");
        assertThat(doc.selectFirst("ol").attr("start")).isEqualTo("3");
    }

    @Test
    void rendersFencedCodeWithItsLanguageAndEscapesItsContent() {
        Document doc = parse("```java\nif (a < b && c) { run(\"<b>\"); }\n```");

        Element code = doc.selectFirst("pre > code");
        assertThat(code.className()).isEqualTo("language-java");
        assertThat(code.text()).isEqualTo("if (a < b && c) { run(\"<b>\"); }");
        assertThat(code.children()).isEmpty();
    }

    @Test
    void rendersBlockquotesAndRules() {
        Document doc = parse("> quoted\n\n---\n\nafter");

        assertThat(doc.select("blockquote > p").text()).isEqualTo("quoted");
        assertThat(doc.select("hr")).hasSize(1);
    }

    @Test
    void rendersTablesWithAlignment() {
        Document doc = parse("| Role | Reports to |\n|:-----|-----------:|\n| CTO | CEO |\n| VPE | CTO |");

        assertThat(doc.select("thead th").eachText()).containsExactly("Role", "Reports to");
        assertThat(doc.select("tbody tr")).hasSize(2);
        assertThat(doc.select("tbody td").eachText()).containsExactly("CTO", "CEO", "VPE", "CTO");
        assertThat(doc.select("th").eachAttr("align")).containsExactly("left", "right");
    }

    @Test
    void everyLinkGetsNofollowUgcNoopener() {
        Document doc = parse("[site](https://example.com/a?b=1), <https://example.org>, www.example.net, "
                + "[mail](mailto:a@example.com), [relative](/roles/cto) and [anchor](#answers)");

        assertThat(doc.select("a")).hasSize(6);
        for (Element a : doc.select("a")) {
            assertThat(a.attr("rel")).as(a.outerHtml()).isEqualTo("nofollow ugc noopener");
            assertThat(a.hasAttr("target")).isFalse();
        }
        assertThat(doc.select("a").eachAttr("href")).containsExactly("https://example.com/a?b=1",
                "https://example.org", "http://www.example.net", "mailto:a@example.com", "/roles/cto", "#answers");
    }

    @Test
    void linkTitlesAreKept() {
        Element a = parse("[x](https://example.com \"A title\")").selectFirst("a");

        assertThat(a.attr("title")).isEqualTo("A title");
    }

    @Test
    void webImagesAreLazyImagesThatSendNoReferrer() {
        Element img = parse("![A diagram](https://example.com/d.png \"Org\")").selectFirst("img");

        assertThat(img).isNotNull();
        assertThat(img.attr("src")).isEqualTo("https://example.com/d.png");
        assertThat(img.attr("alt")).isEqualTo("A diagram");
        assertThat(img.attr("title")).isEqualTo("Org");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("referrerpolicy")).isEqualTo("no-referrer");
    }

    @Test
    void aLinkedImageIsAnImageInsideTheLink() {
        Document doc = parse("[![Org chart](https://example.com/chart.png)](https://example.com/org)");

        Element a = doc.selectFirst("a");
        assertThat(a.attr("href")).isEqualTo("https://example.com/org");
        assertThat(a.attr("rel")).isEqualTo("nofollow ugc noopener");
        assertThat(a.select("img")).hasSize(1);
        assertThat(a.selectFirst("img").attr("src")).isEqualTo("https://example.com/chart.png");
        assertThat(a.selectFirst("img").attr("alt")).isEqualTo("Org chart");
    }

    @Test
    void imagesFromOtherAddressesBecomeLinksOrTheirAltTextInsideALink() {
        Document doc = parse("![Local](/files/d.png) and ![](ftp://example.com/e.png) and "
                + "[![Inside](/files/f.png)](https://example.com/g)");

        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("a").eachText()).containsExactly("Local", "Inside");
        assertThat(doc.select("a").eachAttr("href")).containsExactly("/files/d.png", "https://example.com/g");
        assertThat(doc.text()).contains("ftp://example.com/e.png");
    }

    @Test
    void anImageWithAScriptAddressNeverLoads() {
        Document doc = parse("![x](javascript:alert(1)) [![y](data:image/png;base64,AAAA)](https://example.com)");

        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.html()).doesNotContain("javascript:").doesNotContain("data:");
    }

    @Test
    void rawHtmlIsShownAsTextNeverInterpreted() {
        Document doc = parse("<b>bold?</b>\n\n<div onclick=\"x()\">block</div>");

        assertThat(doc.select("b, div")).isEmpty();
        assertThat(doc.text()).contains("<b>bold?</b>").contains("<div onclick=\"x()\">block</div>");
    }

    @Test
    void unsafeLinkSchemesLoseTheirTarget() {
        Document doc = parse("[click](javascript:alert(1)) [data](data:text/html,x) [vb](VBScript:x)");

        assertThat(doc.select("a")).isEmpty();
        assertThat(doc.text()).contains("click").contains("data").contains("vb");
    }

    @Test
    void refusesTooLongTextWithAClearMessage() {
        String text = "a".repeat(MarkdownRenderer.MAX_LENGTH + 1);

        assertThatThrownBy(() -> renderer.toHtml(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The text is 100,001 characters long; at most 100,000 characters are allowed.");
        assertThatThrownBy(() -> renderer.toPlainText(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(renderer.toHtml("a".repeat(MarkdownRenderer.MAX_LENGTH))).startsWith("<p>aaa");
    }

    @Test
    void deeplyNestedMarkdownRendersWithoutOverflowingTheStack() {
        String quotes = ">".repeat(50_000) + " deep";
        String lists = "- ".repeat(30_000) + "item";
        String emphasis = "*".repeat(40_000) + "x" + "*".repeat(40_000);
        String brackets = "[".repeat(45_000) + "]".repeat(45_000);

        for (String markdown : new String[] {quotes, lists, emphasis, brackets}) {
            String html = renderer.toHtml(markdown);
            String text = renderer.toPlainText(markdown);
            assertThat(html.length()).as("html for %.10s...", markdown).isPositive();
            assertThat(text.length()).as("text for %.10s...", markdown).isPositive();
        }
        assertThat(renderer.toPlainText(lists)).endsWith("item");
        assertThat(renderer.toPlainText(quotes)).endsWith("deep");
    }

    @Test
    void emptyAndBlankTextRenderToNothing() {
        assertThat(renderer.toHtml("")).isEmpty();
        assertThat(renderer.toHtml("  \n\n ")).isEmpty();
        assertThat(renderer.toPlainText("")).isEmpty();
    }

    @Test
    void plainTextKeepsTheVisibleWordsOnOneLine() {
        String markdown = "# Title\n\nSome *emphasis* and a [link](https://example.com).\n\n- one\n- two\n\n"
                + "```\ncode  block\n```\n\n| a | b |\n|---|---|\n| c | d |\n\n![alt text](https://x/y.png) <b>raw</b>";

        assertThat(renderer.toPlainText(markdown)).isEqualTo(
                "Title Some emphasis and a link. one two code block a b c d alt text <b>raw</b>");
    }

    private Document parse(String markdown) {
        return Jsoup.parseBodyFragment(renderer.toHtml(markdown));
    }
}
