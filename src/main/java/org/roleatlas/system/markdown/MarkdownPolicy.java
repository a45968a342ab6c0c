package org.roleatlas.system.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for rendered member Markdown: only the elements commonmark produces for the Markdown we
 * support, with the few attributes they need. Anything else — scripts, styles, frames, forms, SVG, MathML,
 * event handlers, style attributes, unknown URL schemes — is dropped by the sanitiser.
 */
final class MarkdownPolicy {

    private static final Pattern TABLE_ALIGN = Pattern.compile("left|center|right");
    private static final Pattern WEB_IMAGE = Pattern.compile("(?i)https?://[^\\s\"'<>]+");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");

    private MarkdownPolicy() {
    }

    static PolicyFactory create() {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
                        "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li",
                        "table", "thead", "tbody", "tr", "th", "td", "a")
                .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
                .allowAttributes("align").matching(TABLE_ALIGN).onElements("th", "td")
                .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
                // commonmark empties unsafe link targets; an empty href would link to the page itself, so it goes
                // too, and the sanitiser then drops the attribute-less <a>, keeping its text.
                .allowAttributes("href").matching((element, attribute, value) -> value.isBlank() ? null : value)
                .onElements("a")
                .allowAttributes("title").onElements("a", "img")
                // Images only from absolute http(s) addresses, loaded when scrolled to and without telling the
                // image's host which page the reader is on; the sanitiser drops an <img> left without a src.
                .allowElements((element, attributes) -> {
                    attributes.addAll(List.of("loading", "lazy", "referrerpolicy", "no-referrer"));
                    return element;
                }, "img")
                .allowAttributes("src").matching(WEB_IMAGE).onElements("img")
                .allowAttributes("alt").onElements("img")

                // Relative URLs (no scheme) pass; every other scheme than these is removed with the attribute.
                .allowUrlProtocols("http", "https", "mailto")
                .requireRelsOnLinks("nofollow", "ugc", "noopener")
                .toFactory();
    }
}
