package org.roleatlas.articles.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.compare.Comparison;
import org.roleatlas.compare.Comparisons;
import org.roleatlas.system.PageRenderer;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders an article body at read time. Member Markdown between comparison blocks goes through
 * {@link MarkdownRenderer} (escaped and sanitised) piece by piece; each comparison block becomes a table built from
 * the current catalogue by the application's own template. The trusted tables are placed between sanitised pieces,
 * never substituted into member HTML by text, so nothing a member writes can turn into one. Headings get stable ids
 * derived from their text, and make the table of contents.
 */
@Component
record ArticleBodies(MarkdownRenderer markdown, Comparisons comparisons, Catalog catalog, PageRenderer pages) {

    /**
     * A heading of the table of contents; {@code level} is its HTML level, 2 to 4 (member Markdown starts at h2:
     * {@code #} is h2, {@code ##} h3, as in docs/decisions/0008-user-markdown.md).
     */
    record Heading(int level, String id, String text) {
    }

    record Rendered(String html, List<Heading> toc) {
    }

    // The sanitiser emits headings without attributes (member Markdown cannot add any), so this finds all of them.
    private static final Pattern HEADING = Pattern.compile("<h([234])>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    Rendered render(String body) {
        StringBuilder html = new StringBuilder();
        List<Heading> toc = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CompareBlocks.Piece piece : CompareBlocks.split(body)) {
            if (piece instanceof CompareBlocks.Text text) {
                html.append(withAnchors(markdown.toHtml(text.markdown()), toc, ids));
            } else if (piece instanceof CompareBlocks.Block block) {
                html.append(comparison(block));
            }
        }
        return new Rendered(html.toString(), List.copyOf(toc));
    }

    /**
     * The block against the catalogue as it is now. A block that was valid when saved may not be any more (a
     * framework removed by an import): then a short notice, never an error page.
     */
    private String comparison(CompareBlocks.Block block) {
        CatalogSnapshot snapshot = catalog.snapshot();
        if (!block.problems().isEmpty() || !ArticleRules.problemsOf(block, snapshot).isEmpty()) {
            return render("articles/comparison-unavailable", Map.of("roles", String.join(", ", block.roles())));
        }
        Comparison comparison = comparisons.compare(block.roles(), block.framework(), false);
        String query = comparison.query();
        return render("articles/comparison", Map.of("c", comparison,
                "href", comparison.path() + (query.isEmpty() ? "" : "?" + query)));
    }

    private String render(String template, Map<String, Object> params) {
        return new String(pages.render(template, params), StandardCharsets.UTF_8);
    }

    /** Adds {@code id="section-..."} to each h2 to h4; ids never repeat (a second "Summary" is "summary-2"). */
    static String withAnchors(String html, List<Heading> toc, Set<String> ids) {
        Matcher m = HEADING.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String text = text(m.group(2));
            String base = "section-" + Slugs.of(text, 60);
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            toc.add(new Heading(Integer.parseInt(m.group(1)), id, text));
            m.appendReplacement(out, Matcher.quoteReplacement("<h" + m.group(1) + " id=\"" + id + "\">" + m.group(2)
                    + "</h" + m.group(1) + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text a reader sees in a heading: tags dropped, entities decoded (the template escapes it again). */
    private static String text(String headingHtml) {
        Matcher m = ENTITY.matcher(TAG.matcher(headingHtml).replaceAll(""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String decoded = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString().strip();
    }
}
