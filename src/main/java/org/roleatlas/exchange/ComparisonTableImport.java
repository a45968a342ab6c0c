package org.roleatlas.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleNames;
import org.roleatlas.compare.MarkdownTable;

/**
 * Turns a Markdown comparison table (first column: dimension labels; one column per role) into role updates.
 * Column headers are matched to roles by title, abbreviation, alias or "Title (ABBR)"; unmatched headers become
 * new roles in the "other" family. Row labels must match dimension labels. Empty cells leave values unchanged.
 */
final class ComparisonTableImport {

    static final String NEW_ROLE_FAMILY = "other";
    private static final Pattern TITLE_WITH_ABBREVIATION = Pattern.compile("(.+?)\\s*\\(([^()]{1,40})\\)");

    private final CatalogSnapshot snapshot;
    /** Roles defined or updated earlier in the same import, by slug: a later table builds on them. */
    private final Map<String, Located<Role>> pending;

    ComparisonTableImport(CatalogSnapshot snapshot, Map<String, Located<Role>> pending) {
        this.snapshot = snapshot;
        this.pending = pending;
    }

    List<Located<Role>> read(MarkdownTable table, String source, int headerLine) {
        Map<String, Dimension> rowDimensions = new LinkedHashMap<>();
        Map<String, Integer> rowLines = new HashMap<>();
        Set<String> seenDimensions = new HashSet<>();
        for (MarkdownTable.Row row : table.rows()) {
            String label = row.cells().get(0);
            Dimension dimension = snapshot.dimensionByLabel(label).orElseThrow(() -> new ImportProblem(source, row.line(),
                    "unknown dimension '" + label + "' (known: " + String.join(", ",
                            snapshot.dimensions().stream().map(Dimension::label).sorted().toList()) + ")"));
            if (!seenDimensions.add(dimension.key())) {
                throw new ImportProblem(source, row.line(), "dimension '" + label + "' appears twice in the table");
            }
            rowDimensions.put(label, dimension);
            rowLines.put(dimension.key(), row.line());
        }
        List<Located<Role>> roles = new java.util.ArrayList<>();
        Set<String> seenRoles = new HashSet<>();
        for (int column = 1; column < table.header().size(); column++) {
            String header = table.header().get(column);
            if (header.isBlank()) {
                throw new ImportProblem(source, headerLine, "column " + (column + 1) + " has no role name in its header");
            }
            Role base = existing(header).orElseGet(() -> newRole(header, source, headerLine));
            if (!seenRoles.add(base.slug())) {
                throw new ImportProblem(source, headerLine, "the role '" + base.title() + "' has two columns");
            }
            Map<String, String> values = new LinkedHashMap<>(base.values());
            Map<String, Integer> fieldLines = new HashMap<>();
            for (MarkdownTable.Row row : table.rows()) {
                String cell = row.cells().get(column);
                Dimension dimension = rowDimensions.get(row.cells().get(0));
                if (!cell.isBlank()) {
                    values.put(dimension.key(), cell);
                    fieldLines.put("values." + dimension.key(), rowLines.get(dimension.key()));
                }
            }
            Role updated = base.withValues(values);
            if (base.summary().isBlank() && values.containsKey("primary-role")) {
                updated = new Role(updated.slug(), updated.title(), updated.abbreviation(), updated.aliases(),
                        updated.familyKey(), values.get("primary-role"), values, updated.reportsTo(), updated.nextRoles());
            }
            Located<Role> located = new Located<>(updated, source, headerLine, fieldLines);
            pending.put(updated.slug(), located);
            roles.add(located);
        }
        return roles;
    }

    private Optional<Role> existing(String header) {
        Optional<Role> earlier = pending.values().stream().map(Located::item)
                .filter(r -> RoleNames.of(r).contains(RoleNames.normalize(header))).findFirst();
        return earlier.or(() -> snapshot.resolve(header));
    }

    private static Role newRole(String header, String source, int line) {
        Matcher m = TITLE_WITH_ABBREVIATION.matcher(header.strip());
        String title = m.matches() ? m.group(1).strip() : header.strip();
        String abbreviation = m.matches() ? m.group(2).strip() : null;
        String slug = RoleNames.slugOf(title);
        if (!RoleNames.isValidSlug(slug) || ("-" + slug + "-").contains("-vs-")) {
            throw new ImportProblem(source, line, "cannot make a role slug from the column header '" + header + "'");
        }
        return new Role(slug, title, abbreviation, List.of(), NEW_ROLE_FAMILY, "", Map.of(), List.of(), List.of());
    }
}
