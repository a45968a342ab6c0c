package org.roleatlas.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.Role;
import org.roleatlas.exchange.ComparisonTableImport.Cell;
import org.roleatlas.exchange.ComparisonTableImport.Column;
import org.roleatlas.exchange.ComparisonTableImport.Table;

/**
 * Puts the cells of every table onto the roles they name: identical cells for the same role and dimension
 * from several files are one cell; different ones are refused naming both places and texts, unless the last
 * may win. Then the links follow the Reporting Relationship and Professional Development texts.
 */
final class TableMerge {

    private record Given(Cell cell, String source) {
        String where() {
            return source + ":" + cell.line();
        }
    }

    private final CatalogSnapshot before;
    private final RoleNameResolver names;
    private final ImportOptions options;
    private final List<String> problems;
    private final List<String> notes;

    TableMerge(CatalogSnapshot before, RoleNameResolver names, ImportOptions options, List<String> problems,
               List<String> notes) {
        this.before = before;
        this.names = names;
        this.options = options;
        this.problems = problems;
        this.notes = notes;
    }

    void apply(List<Table> tables, Map<String, Located<Role>> roles) {
        Map<String, Map<String, List<Given>>> cells = new LinkedHashMap<>();
        Map<String, Column> firstColumn = new LinkedHashMap<>();
        Map<String, Table> firstTable = new HashMap<>();
        for (Table table : tables) {
            for (Column column : table.columns()) {
                firstColumn.putIfAbsent(column.slug(), column);
                firstTable.putIfAbsent(column.slug(), table);
                Map<String, List<Given>> byDimension = cells.computeIfAbsent(column.slug(), k -> new LinkedHashMap<>());
                column.cells().forEach((key, cell) ->
                        byDimension.computeIfAbsent(key, k -> new ArrayList<>()).add(new Given(cell, table.source())));
            }
        }
        cells.forEach((slug, byDimension) -> {
            Column column = firstColumn.get(slug);
            Table table = firstTable.get(slug);
            Located<Role> yaml = roles.get(slug);
            Role base = yaml != null ? yaml.item() : before.role(slug).orElseGet(() -> new Role(slug,
                    column.created().title(), column.created().abbreviation(), List.of(),
                    ComparisonTableImport.NEW_ROLE_FAMILY, "", Map.of(), List.of(), List.of()));
            Map<String, String> values = new LinkedHashMap<>(base.values());
            Map<String, Integer> lines = new HashMap<>();
            Map<String, Given> chosen = new LinkedHashMap<>();
            byDimension.forEach((key, cellsGiven) -> {
                List<Given> given = new ArrayList<>(cellsGiven);
                if (yaml != null && yaml.item().values().containsKey(key)) { // a role file in the same import
                    given.add(0, new Given(new Cell(yaml.item().value(key),
                            yaml.fieldLines().getOrDefault("values." + key, yaml.line())), yaml.source()));
                }
                Given winner = settle(slug, key, given);
                chosen.put(key, winner);
                values.put(key, winner.cell().text());
                lines.put("values." + key, winner.cell().line());
            });
            if (yaml == null && before.role(slug).isEmpty()) {
                requireEveryDimension(slug, values, table);
            }
            String summary = base.summary().isBlank() && values.containsKey("primary-role")
                    ? values.get("primary-role") : base.summary();
            List<String> managers = follow(base, RoleMentions.Kind.REPORTS_TO, chosen);
            List<String> nextRoles = follow(base, RoleMentions.Kind.NEXT_ROLES, chosen);
            Role updated = CatalogImporter.rebuild(base, summary, values, managers, nextRoles);
            roles.put(slug, yaml != null ? new Located<>(updated, yaml.source(), yaml.line(), merged(yaml.fieldLines(), lines))
                    : new Located<>(updated, table.source(), table.headerLine(), lines));
        });
    }

    private static Map<String, Integer> merged(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> all = new HashMap<>(a);
        all.putAll(b);
        return all;
    }

    private Given settle(String slug, String key, List<Given> given) {
        Given first = given.get(0);
        Given last = given.get(given.size() - 1);
        String label = before.dimension(key).map(Dimension::label).orElse(key);
        for (Given other : given) {
            if (other.cell().text().equals(first.cell().text())) {
                continue;
            }
            if (!options.lastWins()) {
                problems.add(other.where() + ": role '" + slug + "', " + label + ": " + first.where() + " says "
                        + RoleChanges.quoted(first.cell().text()) + " but " + other.where() + " says "
                        + RoleChanges.quoted(other.cell().text())
                        + "; make them the same, or use --last-wins to let the later file win");
                return first;
            }
            notes.add("note: role '" + slug + "', " + label + ": " + last.where() + " wins over " + first.where()
                    + " (--last-wins)");
            return last;
        }
        return first;
    }

    private void requireEveryDimension(String slug, Map<String, String> values, Table table) {
        List<String> missing = before.defaultFramework().dimensions().stream()
                .filter(d -> values.getOrDefault(d.key(), "").isBlank()).map(Dimension::label).toList();
        if (!missing.isEmpty()) {
            problems.add(table.source() + ":" + table.headerLine() + ": the new role '" + slug
                    + "' has no text for " + String.join(", ", missing)
                    + "; a new role needs every dimension of the default framework ('" + before.defaultFramework().name() + "')");
        }
    }

    /** The roles a changed text names, in its order; null when the table leaves the text as it is. */
    private List<String> follow(Role base, RoleMentions.Kind kind, Map<String, Given> chosen) {
        Given given = chosen.get(kind.dimensionKey);
        if (given == null || given.cell().text().equals(base.value(kind.dimensionKey))) {
            return null;
        }
        String label = before.dimension(kind.dimensionKey).map(Dimension::label).orElse(kind.dimensionKey);
        List<String> links = new ArrayList<>();
        for (String name : RoleMentions.names(given.cell().text(), kind)) {
            var match = names.resolve(name);
            if (match.isPresent()) {
                String target = match.get().role().slug();
                if (!target.equals(base.slug()) && !links.contains(target)) {
                    links.add(target);
                }
            } else if (options.keepUnresolved()) {
                notes.add("note: " + given.where() + ": role '" + base.slug() + "', " + label + " names '" + name
                        + "', which matches no role; kept as text, not linked (--keep-unresolved)");
            } else {
                problems.add(given.where() + ": role '" + base.slug() + "', " + label + " names '" + name
                        + "', which matches no role" + RoleNameResolver.didYouMean(names.suggestions(name))
                        + " (name a role by its title, abbreviation or alias, or use --keep-unresolved to keep it as text only)");
            }
        }
        return links;
    }
}
