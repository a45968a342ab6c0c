package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.roleatlas.InertHtml;

import tools.jackson.databind.JsonNode;

/**
 * What in a page could run code or act for the reader, as an HTML5 parser (jsoup) builds the page: script elements,
 * event-handler and htmx attributes, embedded documents, SVG and MathML, and URLs with an executable scheme. A page
 * that shows member text may hold only what its template holds (learned from the same pages with harmless text);
 * inside member content there may be none of it at all.
 */
final class ActiveContent {

    /** Member Markdown, rendered by the server's sanitiser: checked with the full oracle ({@link InertHtml}). */
    static final String MARKDOWN = ".post-body, .comment-body, .article-body, .queued-body";

    /** Member plain text (titles, names, labels, notes, snippets, bylines) and the element around it. */
    static final String TEXT = "#question-title, .question-item h2, .signature, .poll-label, .poll-options li, "
            + ".hit h2, .snippet, .hit .meta, .suggestions li, .article h1, .lede, "
            + ".article-item h2, .summary, .toc, .queued-title, .flag-note, .log-reason, table.tokens td:first-child, #signature, "
            + "p.meta";

    /** Never inside member content, whatever the template around it does. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "svg", "math", "form", "input", "button", "textarea", "select", "base",
            "meta", "link", "noscript", "template", "img", "video", "audio", "source", "picture", "details",
            "isindex", "keygen", "marquee", "xmp", "plaintext", "noembed", "noframes", "image");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "srcset", "srcdoc", "codebase", "content", "to", "values", "from", "by");

    private ActiveContent() {
    }

    /**
     * Each thing in the page that can run code, as a comparable line; digits in values are masked, so the same
     * template with other ids gives the same lines.
     */
    static Set<String> features(Document page) {
        Set<String> found = new TreeSet<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script")) {
                found.add("script src=" + element.attr("src") + " inline=" + !element.data().isBlank());
            } else if (tag.equals("img") && element.closest(MARKDOWN) != null && webImage(element)) {
                // member Markdown may show a web image; the full oracle ({@link InertHtml}) checks it there
            } else if (Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "base",
                    "noscript", "template", "img", "image", "video", "audio", "style").contains(tag)) {
                found.add("element " + tag);
            } else if (tag.equals("meta") && element.hasAttr("http-equiv")) {
                found.add("meta http-equiv=" + element.attr("http-equiv").toLowerCase(Locale.ROOT));
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String masked = attribute.getValue().replaceAll("\\d+", "#");
                if (isHandler(key) || key.startsWith("hx-") || key.startsWith("data-hx-") || key.equals("style")) {
                    found.add(tag + " " + key + "=" + masked);
                }
                if (isUrl(element, key) && executableUrl(attribute.getValue())) {
                    found.add(tag + " " + key + "=" + masked);
                }
            }
        }
        return found;
    }

    /** The only image the Markdown policy lets through: an http(s) address, loaded lazily, sending no referrer. */
    private static boolean webImage(Element img) {
        return scheme(img.attr("src")).matches("https?://.+") && img.attr("loading").equals("lazy")
                && img.attr("referrerpolicy").equals("no-referrer");
    }

    /** A page's description is text; only a refresh or a Set-Cookie meta acts on its content. */
    private static boolean isUrl(Element element, String key) {
        return URL_ATTRIBUTES.contains(key) && (!key.equals("content") || element.hasAttr("http-equiv"));
    }

    private static boolean isHandler(String key) {
        return key.startsWith("on") || key.startsWith("hx-on") || key.startsWith("data-hx-on");
    }

    static boolean executableUrl(String value) {
        String url = scheme(value);
        return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:")
                || url.startsWith("livescript:") || url.contains(";url=javascript:") || url.contains(",javascript:");
    }

    /** The URL as a browser reads its scheme: whitespace and control characters anywhere ignored, any case. */
    private static String scheme(String url) {
        StringBuilder kept = new StringBuilder();
        url.codePoints().filter(c -> c > 0x20 && !Character.isWhitespace(c) && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** The page holds nothing active that its template (learned with harmless text) does not hold. */
    static void assertOnlyTemplateFeatures(Document page, Set<String> template, String where) {
        Set<String> extra = new TreeSet<>(features(page));
        extra.removeAll(template);
        assertThat(extra).as("active content on %s that the page's template does not have", where).isEmpty();
    }

    /** Nothing active inside any member content on the page. */
    static int assertMemberContentInert(Document page, String where) {
        int checked = 0;
        for (Element markdown : page.select(MARKDOWN)) {
            InertHtml.assertInert(withoutSectionAnchors(markdown.html()), where);
            checked++;
        }
        for (Element text : page.select(TEXT)) {
            assertNothingActiveInside(text, where);
            checked++;
        }
        for (Element label : page.select("form.poll-vote label")) { // the radio button is the template's
            Element option = label.clone();
            option.select("> input[type=radio][name=option]").remove();
            assertNothingActiveInside(option, where);
            checked++;
        }
        return checked;
    }

    /**
     * An article's headings carry the contents' anchors ({@code id="section-..."}, made from the heading's words, so
     * they cannot take the name of anything the page's scripts look up); everything else must pass the full oracle.
     */
    private static String withoutSectionAnchors(String html) {
        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html).body();
        for (Element heading : body.select("h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            assertThat(heading.id()).as("a heading anchor in %s", html).matches("section-[a-z0-9-]+");
            heading.removeAttr("id");
        }
        return body.html();
    }

    /** No active element, handler, htmx attribute, inline style or executable URL in or under the element. */
    static void assertNothingActiveInside(Element container, String where) {
        for (Element element : container.getAllElements()) {
            String tag = element.normalName();
            assertThat(ACTIVE_ELEMENTS).as("<%s> in member content on %s: %s", tag, where, container.outerHtml())
                    .doesNotContain(tag);
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String what = key + "=\"" + attribute.getValue() + "\" in member content on " + where + ": "
                        + container.outerHtml();
                assertThat(isHandler(key) || key.startsWith("hx-") || key.startsWith("data-hx-") || key.equals("style"))
                        .as(what).isFalse();
                assertThat(isUrl(element, key) && executableUrl(attribute.getValue())).as(what).isFalse();
            }
        }
    }

    /**
     * Every HTML the API hands out ({@code ...Html} fields) is inert: bodies with the full oracle, titles and snippets
     * (which carry {@code <mark>}) with nothing active inside. @return how many fields were checked
     */
    static int assertJsonInert(JsonNode node, String where) {
        int checked = 0;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                if (value.isString() && field.getKey().endsWith("Html")) {
                    String html = value.asString();
                    if (field.getKey().equals("bodyHtml") && !html.contains("live-comparison")) {
                        InertHtml.assertInert(withoutSectionAnchors(html), where + " " + field.getKey());
                    } else {
                        assertNothingActiveInside(Jsoup.parseBodyFragment(html).body(), where + " " + field.getKey());
                    }
                    checked++;
                } else {
                    checked += assertJsonInert(value, where);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                checked += assertJsonInert(item, where);
            }
        }
        return checked;
    }
}
