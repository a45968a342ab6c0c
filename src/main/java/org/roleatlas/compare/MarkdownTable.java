package org.roleatlas.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A GitHub-flavoured Markdown pipe table: one header row and any number of body rows, all with the
 * same number of cells. Reading is lenient about layout (outer pipes and the delimiter row are
 * optional, because hand-written comparison tables often omit them) but strict about shape, since a
 * ragged row in a comparison silently shifts values into the wrong role's column.
 */
public record MarkdownTable(List<String> header, List<Row> rows) {

    /** A body row; {@code line} is its 1-based line in the parsed text, or 0 if built in code. */
    public record Row(int line, List<String> cells) {
        public Row {
            if (line < 0) {
                throw new IllegalArgumentException("line must be >= 0 but was " + line);
            }
            cells = copyOfCells(cells, "cells");
        }
    }

    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029]");
    /** An ampersand that a Markdown renderer would read as the start of a character reference. */
    private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=[A-Za-z0-9#]+;)");
    /** The references {@link #escape} writes, and only those, are read back. */
    private static final Pattern WRITTEN_ENTITY = Pattern.compile("&(lt|gt|amp);");

    public MarkdownTable {
        header = copyOfCells(header, "header");
        if (header.size() < 2) {
            throw new IllegalArgumentException("a table needs at least 2 columns but the header has " + header.size());
        }
        Objects.requireNonNull(rows, "rows");
        for (int i = 0; i < rows.size(); i++) {
            Row row = Objects.requireNonNull(rows.get(i), "rows[" + i + "]");
            if (row.cells().size() != header.size()) {
                throw new IllegalArgumentException("row " + i + " has " + row.cells().size()
                        + " cells but the header has " + header.size());
            }
        }
        rows = List.copyOf(rows);
    }

    /** Finds every pipe table in {@code text}; prose around and between tables is ignored. */
    public static List<MarkdownTable> parseAll(String text, String source) {
        return located(text, source).stream().map(Located::table).toList();
    }

    /** Reads a text that must contain exactly one table. */
    public static MarkdownTable parse(String text, String source) {
        List<Located> tables = located(text, source);
        if (tables.size() > 1) {
            throw new MarkdownTableException(source, tables.get(1).headerLine(),
                    "expected exactly one table but found another one here");
        }
        return tables.get(0).table();
    }

    /**
     * Writes the table in the compact GitHub shape used by the seed files. Every cell is written on
     * one line and escaped so that {@link #parse} gives back the same (normalised) cells, and so that a
     * Markdown renderer shows it as text: no cell becomes HTML (a {@code <} is written {@code &lt;}) or a
     * link (a {@code [} is written {@code \[}), whatever a member or an imported file put in it.
     */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        appendLine(out, header);
        out.append("|---".repeat(header.size())).append("|\n");
        for (Row row : rows) {
            appendLine(out, row.cells());
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<String> cells) {
        for (String cell : cells) {
            out.append("| ").append(escape(cell)).append(' ');
        }
        out.append("|\n");
    }

    private static String escape(String cell) {
        // A table row must stay on one line, so line breaks become spaces before trimming.
        String oneLine = LINE_BREAK.matcher(cell).replaceAll(" ").strip();
        // Backslashes first: otherwise the backslash added for a pipe would itself be doubled. An ampersand
        // only where it would start a reference, so "R&D" stays readable; then no tag can open.
        String text = ENTITY_LIKE.matcher(oneLine.replace("\\", "\\\\")).replaceAll("&amp;");
        return text.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;");
    }

    // --- reading -------------------------------------------------------------------------------

    /** A parsed table plus the 1-based line of its header, so problems found later can point at it. */
    public record Located(MarkdownTable table, int headerLine) {
    }

    /** Like {@link #parseAll}, keeping each table's header line. */
    public static List<Located> locateAll(String text, String source) {
        return located(text, source);
    }

    private static List<Located> located(String text, String source) {
        Objects.requireNonNull(text, "text");
        List<String> lines = text.lines().toList(); // splits on \n, \r\n and \r
        List<Located> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            List<String> header = cells(lines.get(i));
            if (header == null) {
                i++; // prose
                continue;
            }
            int headerLine = i + 1;
            if (header.size() < 2) {
                throw new MarkdownTableException(source, headerLine,
                        "header has " + header.size() + " column(s) but a table needs at least 2");
            }
            i++;
            if (i < lines.size()) {
                List<String> delimiter = cells(lines.get(i));
                if (delimiter != null && isDelimiterRow(delimiter)) {
                    if (delimiter.size() != header.size()) {
                        throw new MarkdownTableException(source, i + 1, "delimiter row has " + delimiter.size()
                                + " cells but the header has " + header.size());
                    }
                    i++;
                }
            }
            List<Row> rows = new ArrayList<>();
            List<String> cells;
            while (i < lines.size() && (cells = cells(lines.get(i))) != null) {
                if (cells.size() != header.size()) {
                    throw new MarkdownTableException(source, i + 1,
                            "row has " + cells.size() + " cells but the header has " + header.size());
                }
                rows.add(new Row(i + 1, cells));
                i++;
            }
            tables.add(new Located(new MarkdownTable(header, rows), headerLine));
        }
        if (tables.isEmpty()) {
            throw new MarkdownTableException(source, 1, "no Markdown table found");
        }
        return tables;
    }

    private static boolean isDelimiterRow(List<String> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(c -> DELIMITER_CELL.matcher(c).matches());
    }

    /**
     * Splits a line at unescaped pipes and returns the trimmed, unescaped cells, or {@code null} if
     * the line has no unescaped pipe (so it is not a table line).
     */
    private static List<String> cells(String line) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            if (c == '\\' && (next == '|' || next == '\\' || next == '[' || next == ']')) {
                current.append(next);
                i++;
            } else if (c == '|') {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c); // includes a backslash before any other character, kept literally
            }
        }
        segments.add(current.toString());
        if (segments.size() == 1) {
            return null;
        }
        // Outer pipes are optional: a blank first/last segment means the line started/ended with one.
        int from = segments.get(0).isBlank() ? 1 : 0;
        int to = segments.get(segments.size() - 1).isBlank() ? segments.size() - 1 : segments.size();
        return segments.subList(from, Math.max(from, to)).stream().map(String::strip).map(MarkdownTable::unescapeHtml)
                .toList();
    }

    private static String unescapeHtml(String cell) {
        return cell.indexOf('&') < 0 ? cell : WRITTEN_ENTITY.matcher(cell).replaceAll(m -> switch (m.group(1)) {
            case "lt" -> "<";
            case "gt" -> ">";
            default -> "&";
        });
    }

    private static List<String> copyOfCells(List<String> cells, String what) {
        Objects.requireNonNull(cells, what);
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == null) {
                throw new IllegalArgumentException(what + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(cells);
    }
}
