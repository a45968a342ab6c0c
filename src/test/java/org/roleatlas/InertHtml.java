package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The test oracle for rendered member HTML, using a real HTML parser (jsoup) rather than string matching, so
 * it sees what a browser would build from the output. Shared by the renderer's corpus test and the page tests
 * of every feature that shows member text.
 */
public final class InertHtml {

    /** Never acceptable in member content, whatever the policy says. */
    static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "svg", "math", "form", "input", "button", "textarea", "base", "meta",
            "link", "noscript", "template", "video", "audio", "source");

    /** What the policy lets through; #root, html, head and body are jsoup's own wrapper around the fragment. */
    static final Set<String> ALLOWED_ELEMENTS = Set.of("#root", "html", "head", "body", "p", "br", "hr",
            "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li",
            "table", "thead", "tbody", "tr", "th", "td", "a", "img");

    static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "rel", "align", "class", "start", "src",
            "alt", "loading", "referrerpolicy");

    private static final String[] DANGEROUS_SCHEMES = {"javascript:", "vbscript:", "data:"};

    private InertHtml() {
    }

    /** The vectors of src/test/resources/xss/vectors.txt: blocks separated by lines of {@code %%%}, after a header. */
    public static List<String> xssVectors() throws IOException {
        try (InputStream in = InertHtml.class.getResourceAsStream("/xss/vectors.txt")) {
            String corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> blocks = Arrays.asList(corpus.split("\\R%%%(?:\\R|$)", -1));
            return blocks.subList(1, blocks.size()).stream().filter(v -> !v.isBlank()).toList(); // 0: the header
        }
    }

    public static void assertInert(String html, String input) {
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            String name = element.normalName();
            if (name.equals("img")) { // only a lazily loaded web image that sends no referrer
                assertThat(scheme(element.attr("src"))).as("img src from %s in %s", input, html)
                        .matches("https?://.+");
                assertThat(element.attr("loading")).as("img loading from %s in %s", input, html).isEqualTo("lazy");
                assertThat(element.attr("referrerpolicy")).as("img referrerpolicy from %s in %s", input, html)
                        .isEqualTo("no-referrer");
            }
            assertThat(FORBIDDEN_ELEMENTS).as("element <%s> from %s in %s", name, input, html).doesNotContain(name);
            assertThat(ALLOWED_ELEMENTS).as("element <%s> from %s in %s", name, input, html).contains(name);
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String where = "attribute " + key + "=\"" + attribute.getValue() + "\" from " + input + " in " + html;
                assertThat(key).as(where).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(ALLOWED_ATTRIBUTES).as(where).contains(key);
                if (key.equals("href") || key.equals("src")) {
                    String url = scheme(attribute.getValue());
                    for (String dangerous : DANGEROUS_SCHEMES) {
                        assertThat(url).as(where).doesNotStartWith(dangerous);
                    }
                }
            }
        }
    }

    /**
     * The URL as a browser reads its scheme: jsoup has already decoded entities; browsers also ignore
     * whitespace and control characters inside and around it, and schemes are case-insensitive.
     */
    static String scheme(String url) {
        StringBuilder kept = new StringBuilder();
        url.codePoints().filter(c -> c > 0x20 && !Character.isWhitespace(c) && !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }
}
