package org.roleatlas.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.catalog.Role;

import tools.jackson.databind.json.JsonMapper;

/** Writes a comparison as Markdown, CSV, JSON or plain text. Pure functions of the comparison. */
public final class ComparisonExports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ComparisonExports() {
    }

    /**
     * The labels of the rows an export takes from the catalogue's fields and links ("Level", "Reports to", ...) rather
     * than from dimension texts; an import of an exported table reads them as links it does not change, not as texts.
     */
    public static boolean isStructureRow(String label) {
        return ComparisonFacts.LABELS.contains(label == null ? "" : label.strip());
    }

    public static String markdown(Comparison comparison) {
        List<List<String>> table = comparison.table();
        return new MarkdownTable(table.get(0), table.subList(1, table.size()).stream()
                .map(cells -> new MarkdownTable.Row(0, cells)).toList()).toMarkdown();
    }

    public static String csv(Comparison comparison) {
        return CsvWriter.write(comparison.table());
    }

    public static String json(Comparison comparison) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ComparisonJson.of(comparison));
    }

    /** For terminals: one block per dimension, one indented line per role. */
    public static String text(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(" vs ", comparison.roles().stream().map(Role::displayName).toList()))
                .append(" — ").append(comparison.framework().name()).append("\n");
        for (Comparison.Fact fact : comparison.facts()) {
            block(out, comparison, fact.label(), fact.identical(), fact.texts());
        }
        for (Comparison.Row row : comparison.rows()) {
            block(out, comparison, row.dimension().label(), row.identical(), comparison.markedCells(row));
        }
        return out.toString();
    }

    private static void block(StringBuilder out, Comparison comparison, String label, boolean identical, List<String> cells) {
        int width = comparison.roles().stream().mapToInt(r -> r.shortName().length()).max().orElse(0);
        out.append("\n").append(label).append(identical ? "  (same for all)" : "").append("\n");
        for (int i = 0; i < comparison.roles().size(); i++) {
            String name = comparison.roles().get(i).shortName();
            out.append("  ").append(name).append(" ".repeat(width - name.length())).append("  ")
                    .append(cells.get(i)).append("\n");
        }
    }

    public static String render(Comparison comparison, ExportFormat format) {
        return switch (format) {
            case MARKDOWN -> markdown(comparison);
            case CSV -> csv(comparison);
            case JSON -> json(comparison);
        };
    }

    /**
     * The JSON shape of a comparison: stable field names, never the catalogue's tables. {@code structure} holds the
     * structured rows (level, managers, direct reports, next roles), {@code rows} the framework's dimensions.
     */
    public record ComparisonJson(String url, FrameworkJson framework, List<RoleJson> roles, List<FactJson> structure,
                                 List<RowJson> rows, boolean differencesOnly, SizeJson size) {

        static ComparisonJson of(Comparison c) {
            return new ComparisonJson(ComparisonPath.withQuery(c.path(), c.query()),
                    new FrameworkJson(c.framework().key(), c.framework().name()),
                    c.roles().stream().map(RoleJson::of).toList(),
                    c.facts().stream().map(fact -> FactJson.of(c, fact)).toList(),
                    c.rows().stream().map(row -> RowJson.of(c, row)).toList(),
                    c.differencesOnly(), c.size() == null ? null : new SizeJson(c.size().key(), c.size().label()));
        }
    }

    /** The company size a comparison shows variants for ({@code null} in the JSON when none was asked). */
    public record SizeJson(String key, String label) {
    }

    /**
     * A structured row: {@code cells} as texts in column order, and {@code values} mapping each role's slug to its
     * items, each a text with the slug of the role it links to (null for a plain text such as a band).
     */
    public record FactJson(String key, String label, boolean identical, List<String> cells,
                           Map<String, List<ItemJson>> values) {
        static FactJson of(Comparison c, Comparison.Fact fact) {
            Map<String, List<ItemJson>> values = new LinkedHashMap<>();
            for (int i = 0; i < c.roles().size(); i++) {
                values.put(c.roles().get(i).slug(), fact.cells().get(i).stream()
                        .map(item -> new ItemJson(item.text(), item.role())).toList());
            }
            return new FactJson(fact.key(), fact.label(), fact.identical(), fact.texts(), values);
        }
    }

    public record ItemJson(String text, String role) {
    }

    public record FrameworkJson(String key, String name) {
    }

    public record RoleJson(String slug, String title, String abbreviation, String displayName, String summary, String url) {
        static RoleJson of(Role r) {
            return new RoleJson(r.slug(), r.title(), r.abbreviation(), r.displayName(), r.summary(), "/roles/" + r.slug());
        }
    }

    /**
     * {@code values} maps role slug to cell text, in column order, beside the same cells as a list; {@code variants}
     * lists the slugs of the roles whose cell is their variant for the comparison's company size.
     */
    public record RowJson(String dimension, String label, boolean identical, List<String> cells, Map<String, String> values,
                          List<String> variants) {
        static RowJson of(Comparison c, Comparison.Row row) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> variants = new java.util.ArrayList<>();
            for (int i = 0; i < c.roles().size(); i++) {
                values.put(c.roles().get(i).slug(), row.cells().get(i));
                if (row.variant(i)) {
                    variants.add(c.roles().get(i).slug());
                }
            }
            return new RowJson(row.dimension().key(), row.dimension().label(), row.identical(), row.cells(), values,
                    variants);
        }
    }
}
