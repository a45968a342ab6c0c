package org.roleatlas.compare;

import java.util.List;

import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Role;

/**
 * Roles side by side: one column per role in the order asked for, one row per dimension of the framework.
 *
 * @param differencesOnly whether rows that read the same for every role were left out
 */
public record Comparison(Framework framework, List<Role> roles, List<Row> rows, boolean differencesOnly) {

    /** Shown where a role has no value for a dimension (possible for imported roles). */
    public static final String MISSING = "—";

    /** One dimension across the roles; {@code identical} when every cell reads the same. */
    public record Row(Dimension dimension, List<String> cells, boolean identical) {
    }

    public Comparison {
        roles = List.copyOf(roles);
        rows = List.copyOf(rows);
    }

    /** The canonical path, e.g. {@code /compare/cto-vs-cio}. */
    public String path() {
        return ComparisonPath.of(roles.stream().map(Role::slug).toList());
    }

    /** The query that reproduces this view: framework when not the default, and the differences toggle. */
    public String query() {
        return ComparisonPath.query(framework.key(), differencesOnly);
    }

    public long identicalRows() {
        return rows.stream().filter(Row::identical).count();
    }

    /** The table as header row plus body rows, shared by the Markdown and CSV exports. */
    public List<List<String>> table() {
        List<String> header = new java.util.ArrayList<>();
        header.add("Dimension");
        roles.forEach(r -> header.add(r.displayName()));
        List<List<String>> table = new java.util.ArrayList<>();
        table.add(header);
        for (Row row : rows) {
            List<String> line = new java.util.ArrayList<>();
            line.add(row.dimension().label());
            line.addAll(row.cells());
            table.add(line);
        }
        return table;
    }
}
