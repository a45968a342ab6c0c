package org.roleatlas.system.markdown;

import org.roleatlas.InertHtml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of src/test/resources/xss/vectors.txt renders to inert HTML (see {@link InertHtml}). */
class XssCorpusTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    static List<String> vectors() throws IOException {
        return InertHtml.xssVectors();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void vectorRendersInert(String vector) {
        InertHtml.assertInert(RENDERER.toHtml(vector), vector);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void vectorKeepsNoMarkupInPlainText(String vector) {
        String text = RENDERER.toPlainText(vector);

        assertThat(text).doesNotContain("\n");
        // Plain text is escaped by whoever shows it; escaped, it parses to text and nothing else.
        assertThat(Jsoup.parseBodyFragment(org.jsoup.nodes.Entities.escape(text)).body().children()).isEmpty();
    }

    @Test
    void corpusHoldsAtLeastSixtyDistinctVectors() throws IOException {
        List<String> vectors = vectors();

        assertThat(vectors).doesNotHaveDuplicates();
        assertThat(vectors.size()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void templateInjectionStaysInertText() {
        String vector = "{{constructor.constructor('alert(1)')()}}";

        String html = RENDERER.toHtml(vector);

        assertThat(Jsoup.parseBodyFragment(html).body().text()).isEqualTo(vector);
        assertThat(Jsoup.parseBodyFragment(html).select("p")).hasSize(1);
        assertThat(RENDERER.toPlainText(vector)).isEqualTo(vector);
    }

    @Test
    void rawScriptIsShownAsTheTextTheMemberTyped() {
        String html = RENDERER.toHtml("<script>alert(1)</script>");

        assertThat(Jsoup.parseBodyFragment(html).body().text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void oracleCatchesWhatItMustCatch() {
        // The oracle itself is tested: each of these would be an exploit, so each must fail the check.
        for (String bad : List.of("<script>x</script>", "<p onclick=x>y</p>", "<a href=\"java&#x09;script:x\">y</a>",
                "<a href=\" JAVASCRIPT:x\">y</a>", "<a href=\"data:text/html,x\">y</a>", "<p style=\"x\">y</p>",
                "<svg></svg>", "<img src=x>")) {
            assertThat(failsInertness(bad)).as(bad).isTrue();
        }
        assertThat(failsInertness("<p><a href=\"https://example.com\" rel=\"nofollow\">ok</a></p>")).isFalse();
    }

    private static boolean failsInertness(String html) {
        try {
            InertHtml.assertInert(html, "oracle self-test");
            return false;
        } catch (AssertionError expected) {
            return true;
        }
    }
}
