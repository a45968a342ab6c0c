package org.roleatlas.system.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns Markdown written by members into HTML that is safe to put in a page, and into plain text for snippets
 * and search. The HTML goes through two independent gates: commonmark escapes any raw HTML in the input (it is
 * shown as text, never interpreted), and the OWASP sanitiser then keeps only the elements and attributes of
 * {@link MarkdownPolicy}. Either gate alone would stop the known vectors; both together mean a bug in one is
 * not an exploit. See docs/decisions/0008-user-markdown.md.
 */
@Component
public class MarkdownRenderer {

    /** Longer texts are refused: a question or answer is never this long, and parsing cost grows with size. */
    public static final int MAX_LENGTH = 100_000;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer html = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .percentEncodeUrls(true)
            .build();
    private final PolicyFactory policy = MarkdownPolicy.create();

    /** @throws IllegalArgumentException if the text is longer than {@link #MAX_LENGTH} characters */
    public String toHtml(String markdown) {
        Node document = parse(markdown);
        UserContentRules.apply(document);
        return policy.sanitize(html.render(document));
    }

    /**
     * The text a reader sees, on one line with single spaces: no markup, link and image targets left out.
     * Raw HTML in the input stays as the literal text a reader sees, so callers must escape the result like
     * any other text when they put it in a page.
     *
     * @throws IllegalArgumentException if the text is longer than {@link #MAX_LENGTH} characters
     */
    public String toPlainText(String markdown) {
        return PlainText.of(parse(markdown));
    }

    private Node parse(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        if (markdown.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "The text is %,d characters long; at most %,d characters are allowed.",
                    markdown.length(), MAX_LENGTH));
        }
        Node document = parser.parse(markdown);
        NestingLimit.flatten(document);
        return document;
    }
}
