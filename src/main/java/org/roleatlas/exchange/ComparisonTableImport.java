package org.roleatlas.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.RoleNames;
import org.roleatlas.compare.MarkdownTable;

/**
 * Reads one Markdown comparison table (first column: dimension labels; one column per role) into the cells it
 * gives each role, and says how every header and row label matched. Every problem in the table is collected,
 * not only the first: all unknown row labels at once, each with its line.
 */
record ComparisonTableImport(CatalogSnapshot snapshot, RoleNameResolver names, ImportOptions options) {

    static final String NEW_ROLE_FAMILY = "other";
    /** A header starting with this creates the role it names (like --create-roles, for one column). */
    static final String NEW_ROLE_MARKER = "new:";
    private static final Pattern TITLE_WITH_ABBREVIATION = Pattern.compile("(.+?)\\s*\\(([^()]{1,40})\\)");
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");

    /** One cell of the table, with its line. */
    record Cell(String text, int line) {
    }

    /**
     * One column: the header, the existing role it matched ({@code slug}, with {@code how}), or a role to create
     * ({@code created}), and its non-empty cells by dimension key.
     */
    record Column(String header, String slug, String how, NewRole created, Map<String, Cell> cells) {
    }

    /** A role the table creates: its title and abbreviation from the header. */
    record NewRole(String slug, String title, String abbreviation) {
    }

    /** A row label that matched a dimension other than by its exact label, for the report. */
    record RowMatch(String label, int line, String dimensionKey, String how) {
    }

    /**
     * @param unmatched a report line for each column header that matched no role ({@code "VP" → no match; did you
     *                  mean vp-of-engineering?})
     */
    record Table(String source, int headerLine, List<Column> columns, List<RowMatch> rows, List<String> dimensionKeys,
                 List<String> unmatched) {
    }

    /** Tables must have their {@code |---|} row: without it a Markdown renderer shows no table at all. */
    static void requireDelimiterRow(List<String> lines, MarkdownTable.Located table, String source, List<String> problems) {
        int next = table.headerLine(); // the 0-based index of the line after the header
        if (next >= lines.size() || !DELIMITER_ROW.matcher(lines.get(next).strip()).matches()) {
            problems.add(source + ":" + table.headerLine() + ": the table has no separator row (|---|---|) under its "
                    + "header; add one so the table is read the same way everywhere");
        }
    }

    /** @param problems where every problem found is added; the returned table is then incomplete */
    Table read(MarkdownTable table, String source, int headerLine, List<String> problems) {
        List<Dimension> rowDimensions = new ArrayList<>();
        List<RowMatch> rowMatches = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        // dimensions that rows other than an export's structured rows fill: "Reports to" is an alias of Reporting
        // Relationship in other tables, but in an export that has both it is the structured row
        java.util.Set<String> textRows = new java.util.HashSet<>();
        for (MarkdownTable.Row row : table.rows()) {
            if (!org.roleatlas.compare.ComparisonExports.isStructureRow(row.cells().get(0))) {
                snapshot.dimensionByLabel(row.cells().get(0)).ifPresent(d -> textRows.add(d.key()));
            }
        }
        for (MarkdownTable.Row row : table.rows()) {
            String label = row.cells().get(0);
            Optional<Dimension> dimension = snapshot.dimensionByLabel(label);
            if (org.roleatlas.compare.ComparisonExports.isStructureRow(label)
                    && (dimension.isEmpty() || textRows.contains(dimension.get().key()))) {
                // an exported comparison's rows from the catalogue's links: the Reporting Relationship and Professional
                // Development texts carry the links an import changes, so these rows are read past
                rowMatches.add(new RowMatch(label, row.line(), "(not imported)",
                        "a comparison export's row from the catalogue's links and level; not a text"));
                rowDimensions.add(null);
                continue;
            }
            if (dimension.isEmpty()) {
                List<Dimension> near = snapshot.dimensionSuggestions(label, 2);
                problems.add(source + ":" + row.line() + ": unknown dimension '" + label + "'" + (near.isEmpty()
                        ? " (known: " + String.join(", ", snapshot.dimensions().stream().map(Dimension::label).sorted().toList()) + ")"
                        : "; did you mean " + String.join(", ", near.stream().map(d -> d.key() + " ('" + d.label() + "')").toList()) + "?"));
                rowDimensions.add(null);
                continue;
            }
            Dimension d = dimension.get();
            Integer first = seen.putIfAbsent(d.key(), row.line());
            if (first != null) {
                problems.add(source + ":" + row.line() + ": dimension '" + label + "' appears twice in the table (first at line "
                        + first + ")");
            }
            if (!d.label().equals(label)) {
                rowMatches.add(new RowMatch(label, row.line(), d.key(), labelMatch(d, label)));
            }
            rowDimensions.add(d);
        }
        List<Column> columns = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        Map<String, String> seenRoles = new HashMap<>();
        for (int column = 1; column < table.header().size(); column++) {
            String header = table.header().get(column);
            if (header.isBlank()) {
                problems.add(source + ":" + headerLine + ": column " + (column + 1) + " has no role name in its header");
                continue;
            }
            Column matched = match(header, source, headerLine, problems, unmatched);
            if (matched == null) {
                continue;
            }
            String other = seenRoles.putIfAbsent(matched.slug(), header);
            if (other != null) {
                problems.add(source + ":" + headerLine + ": the columns '" + other + "' and '" + header
                        + "' are the same role (" + matched.slug() + ")");
                continue;
            }
            for (int r = 0; r < table.rows().size(); r++) {
                MarkdownTable.Row row = table.rows().get(r);
                String cell = row.cells().get(column);
                if (rowDimensions.get(r) != null && !cell.isBlank()) {
                    matched.cells().put(rowDimensions.get(r).key(), new Cell(cell, row.line()));
                }
            }
            columns.add(matched);
        }
        List<String> keys = rowDimensions.stream().filter(d -> d != null).map(Dimension::key).distinct().toList();
        return new Table(source, headerLine, columns, rowMatches, keys, unmatched);
    }

    private static String labelMatch(Dimension d, String label) {
        String wanted = RoleNames.normalize(label);
        if (RoleNames.normalize(d.label()).equals(wanted)) {
            return "label, ignoring case and punctuation";
        }
        return d.aliases().stream().anyMatch(a -> RoleNames.normalize(a).equals(wanted)) ? "alias" : "key";
    }

    private Column match(String header, String source, int line, List<String> problems, List<String> unmatched) {
        boolean marked = header.strip().toLowerCase(java.util.Locale.ROOT).startsWith(NEW_ROLE_MARKER);
        String name = marked ? header.strip().substring(NEW_ROLE_MARKER.length()).strip() : header;
        if (!marked) {
            Optional<RoleNameResolver.Match> match = names.resolve(name);
            if (match.isPresent()) {
                return new Column(header, match.get().role().slug(), match.get().how(), null, new LinkedHashMap<>());
            }
            if (!options.createRoles()) {
                String didYouMean = RoleNameResolver.didYouMean(names.suggestions(name));
                unmatched.add("\"" + header + "\" → no match" + didYouMean);
                problems.add(source + ":" + line + ": column '" + header + "' matches no role" + didYouMean
                        + " (to create a new role, use --create-roles or write the header as '" + NEW_ROLE_MARKER + " "
                        + header.strip() + "')");
                return null;
            }
        }
        Matcher m = TITLE_WITH_ABBREVIATION.matcher(name.strip());
        String title = m.matches() ? m.group(1).strip() : name.strip();
        String abbreviation = m.matches() ? m.group(2).strip() : null;
        String slug = RoleNames.slugOf(title);
        if (!RoleNames.isValidSlug(slug) || ("-" + slug + "-").contains("-vs-")) {
            problems.add(source + ":" + line + ": cannot make a role slug from the column header '" + header + "'");
            return null;
        }
        if (names.bySlug(slug).isPresent()) {
            problems.add(source + ":" + line + ": column '" + header + "' would create the role '" + slug
                    + "', which exists already; name it by its title instead");
            return null;
        }
        return new Column(header, slug, marked ? "new role (marked '" + NEW_ROLE_MARKER + "')" : "new role (--create-roles)",
                new NewRole(slug, title, abbreviation), new LinkedHashMap<>());
    }
}
