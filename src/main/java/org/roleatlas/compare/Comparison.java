package org.roleatlas.compare;

import java.util.ArrayList;
import java.util.List;

import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.SizeBand;

/**
 * Roles side by side: one column per role in the order asked for, structured rows taken from the catalogue's
 * fields and links (level, managers, direct reports, next roles), then one row per dimension of the framework.
 *
 * @param facts           the structured rows shown (empty when the comparison was asked without them)
 * @param differencesOnly whether rows that read the same for every role were left out
 * @param sameRows        how many rows, structured or not, read the same for every role (shown or hidden)
 * @param allRows         how many rows the comparison has before any are hidden
 * @param size            the company size whose variants the cells show where a role has one, or null
 */
public record Comparison(Framework framework, List<Role> roles, List<Fact> facts, List<Row> rows,
                         boolean differencesOnly, int sameRows, int allRows, SizeBand size) {

    /** Shown where a role has no value for a dimension (possible for imported roles). */
    public static final String MISSING = "—";

    /**
     * One dimension across the roles; {@code identical} when every cell reads the same; {@code variants} tells, cell
     * by cell, whether the text is the role's variant for the comparison's company size.
     */
    public record Row(Dimension dimension, List<String> cells, boolean identical, List<Boolean> variants) {

        public Row {
            cells = List.copyOf(cells);
            variants = List.copyOf(variants);
        }

        public Row(Dimension dimension, List<String> cells, boolean identical) {
            this(dimension, cells, identical, cells.stream().map(c -> false).toList());
        }

        public boolean variant(int column) {
            return variants.get(column);
        }
    }

    /**
     * A structured row: one cell per role, each a list of items (links to roles, or a plain text such as a level).
     *
     * @param key a stable key such as {@code reports-to}, used by the JSON export
     */
    public record Fact(String key, String label, String description, List<List<Item>> cells, boolean identical) {

        public Fact {
            cells = cells.stream().map(List::copyOf).toList();
        }

        /** Each cell as one text (items joined with commas, or {@link #MISSING}), for exports. */
        public List<String> texts() {
            return cells.stream().map(Fact::text).toList();
        }

        static String text(List<Item> cell) {
            return cell.isEmpty() ? MISSING : String.join(", ", cell.stream().map(Item::text).toList());
        }
    }

    /** A part of a structured cell; {@code role} is the linked role's slug, or null for a plain text. */
    public record Item(String text, String role) {

        public String href() {
            return role == null ? null : "/roles/" + role;
        }
    }

    public Comparison {
        roles = List.copyOf(roles);
        facts = List.copyOf(facts);
        rows = List.copyOf(rows);
    }

    /** A comparison of the framework's dimensions only, every row shown or counted. */
    public Comparison(Framework framework, List<Role> roles, List<Row> rows, boolean differencesOnly) {
        this(framework, roles, List.of(), rows, differencesOnly,
                (int) rows.stream().filter(Row::identical).count(), rows.size(), null);
    }

    /** How a variant cell is marked: "at 1–50 employees". */
    public static String variantMark(SizeBand size) {
        return "at " + size.label();
    }

    /** The row's cells for plain-text exports: a variant ends with its mark, "... (at 1–50 employees)". */
    public List<String> markedCells(Row row) {
        List<String> cells = new ArrayList<>(row.cells());
        for (int i = 0; i < cells.size(); i++) {
            if (row.variant(i)) {
                cells.set(i, cells.get(i) + " (" + variantMark(size) + ")");
            }
        }
        return cells;
    }

    /** Whether any shown cell is a company-size variant. */
    public boolean showsVariants() {
        return rows.stream().anyMatch(r -> r.variants().contains(true));
    }

    /** The canonical path, e.g. {@code /compare/cto-vs-cio}. */
    public String path() {
        return ComparisonPath.of(roles.stream().map(Role::slug).toList());
    }

    /** The query that reproduces this view: framework when not the default, the differences toggle, the size. */
    public String query() {
        return ComparisonPath.query(framework.key(), differencesOnly, size);
    }

    /** Rows that read the same for every role, whether shown or hidden by "Differences only". */
    public long identicalRows() {
        return sameRows;
    }

    /**
     * The table as header row plus body rows (structured rows first), shared by the Markdown and CSV exports. A cell
     * that shows a company-size variant ends with its mark: "... (at 1–50 employees)".
     */
    public List<List<String>> table() {
        List<String> header = new ArrayList<>();
        header.add("Dimension");
        roles.forEach(r -> header.add(r.displayName()));
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        for (Fact fact : facts) {
            List<String> line = new ArrayList<>();
            line.add(fact.label());
            line.addAll(fact.texts());
            table.add(line);
        }
        for (Row row : rows) {
            List<String> line = new ArrayList<>();
            line.add(row.dimension().label());
            line.addAll(markedCells(row));
            table.add(line);
        }
        return table;
    }
}
