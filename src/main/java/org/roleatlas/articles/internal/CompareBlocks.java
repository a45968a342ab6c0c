package org.roleatlas.articles.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Splits an article's Markdown into member text and live comparison blocks: fenced code blocks whose info string is
 * {@code compare}, at the top level of the document (a compare block quoted inside a list, a quote or a longer
 * fence is just code). The parser finds the blocks, so fences inside other code never count.
 *
 * <pre>
 * ```compare
 * roles: cto, cio
 * framework: focus
 * ```
 * </pre>
 */
final class CompareBlocks {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /** A piece of the body, in order: either member Markdown or a comparison block. */
    sealed interface Piece permits Text, Block {
    }

    record Text(String markdown) implements Piece {
    }

    /**
     * One comparison as written. Lines are 1-based lines of the whole body, for error messages.
     *
     * @param framework the framework key, or null for the default
     * @param problems what is wrong with the block's own syntax (unknown keys, no roles line), with lines
     */
    record Block(int line, List<String> roles, int rolesLine, String framework, int frameworkLine,
                 List<String> problems) implements Piece {
    }

    private CompareBlocks() {
    }

    static List<Piece> split(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Piece> pieces = new ArrayList<>();
        int next = 0; // the first line not yet in a piece
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof FencedCodeBlock fence) || !(fence.getParent() instanceof Document)
                    || !"compare".equals(info(fence)) || fence.getSourceSpans().isEmpty()) {
                continue;
            }
            List<SourceSpan> spans = fence.getSourceSpans();
            int first = spans.get(0).getLineIndex();
            int last = spans.get(spans.size() - 1).getLineIndex();
            if (first > next) {
                pieces.add(new Text(String.join("\n", lines.subList(next, first))));
            }
            pieces.add(block(fence.getLiteral(), first + 1));
            next = last + 1;
        }
        if (next < lines.size()) {
            pieces.add(new Text(String.join("\n", lines.subList(next, lines.size()))));
        }
        return pieces;
    }

    private static String info(FencedCodeBlock fence) {
        String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
        return info.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    }

    /** @param fenceLine the 1-based line of the opening fence; the block's content starts on the next line */
    private static Block block(String literal, int fenceLine) {
        List<String> roles = List.of();
        int rolesLine = fenceLine;
        String framework = null;
        int frameworkLine = fenceLine;
        List<String> problems = new ArrayList<>();
        List<String> content = literal.lines().toList();
        for (int i = 0; i < content.size(); i++) {
            int line = fenceLine + 1 + i;
            String text = content.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            int colon = text.indexOf(':');
            String key = colon < 0 ? text : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : text.substring(colon + 1).strip();
            switch (key) {
                case "roles" -> {
                    roles = List.of(value.split("\\s*,\\s*")).stream().map(String::strip).filter(s -> !s.isEmpty())
                            .toList();
                    rolesLine = line;
                }
                case "framework" -> {
                    framework = value.isEmpty() ? null : value;
                    frameworkLine = line;
                }
                default -> problems.add("line " + line + ": a comparison takes 'roles:' and 'framework:', not '"
                        + abbreviate(text) + "'");
            }
        }
        if (rolesLine == fenceLine) {
            problems.add("line " + fenceLine + ": a comparison needs a line 'roles: cto, cio'");
        }
        return new Block(fenceLine, roles, rolesLine, framework, frameworkLine, problems);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
