package org.roleatlas.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogDocument;
import org.roleatlas.catalog.CatalogDocuments;
import org.roleatlas.catalog.CatalogRules;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.CatalogValidationException;
import org.roleatlas.catalog.Family;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.Role;
import org.roleatlas.compare.MarkdownTable;
import org.roleatlas.exchange.ComparisonTableImport.Table;
import org.roleatlas.system.SourceException;
import org.springframework.stereotype.Service;

/**
 * Imports catalogue files all-or-nothing: every file is read and checked first, every problem in every file is
 * collected, and only when there are none is the whole set applied in one transaction. Only what differs from the
 * catalogue is written, so importing the same files twice changes nothing the second time.
 */
@Service
public class CatalogImporter {

    static final String GAP_RULE = "Rule: an empty cell or a missing row keeps the role's current text; "
            + "a new role needs a text for every dimension of the default framework.";

    private final Catalog catalog;

    public CatalogImporter(Catalog catalog) {
        this.catalog = catalog;
    }

    /** @throws ImportException listing every problem; the catalogue is then unchanged */
    public ImportSummary importFiles(List<Path> files) {
        return run(files, ImportOptions.DEFAULT).summary();
    }

    /**
     * Reads, checks and (unless a dry run) applies the files.
     *
     * @throws ImportException listing every problem, with the report of what was read; the catalogue is unchanged
     */
    public ImportReport run(List<Path> paths, ImportOptions options) {
        CatalogSnapshot before = catalog.snapshot();
        List<String> problems = new ArrayList<>();
        List<String> report = new ArrayList<>();
        List<ImportFiles.Source> files = ImportFiles.expand(paths, problems);
        RoleNameResolver names = new RoleNameResolver(before);
        List<CatalogDocument> documents = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (ImportFiles.Source file : files) {
            try {
                read(file, before, names, options, documents, tables, problems, report);
            } catch (SourceException e) {
                problems.add(e.getMessage());
            }
        }
        if (!tables.isEmpty()) {
            report.add(GAP_RULE);
        }
        List<String> notes = new ArrayList<>();
        Map<String, Located<Role>> roles = unique(documents.stream().flatMap(d -> d.roles().stream()).toList(),
                Role::slug, "role", options, problems, notes);
        Map<String, Located<Framework>> frameworks = unique(documents.stream().flatMap(d -> d.frameworks().stream()).toList(),
                Framework::key, "framework", options, problems, notes);
        Map<String, Located<Family>> families = unique(documents.stream().flatMap(d -> d.families().stream()).toList(),
                Family::key, "family", options, problems, notes);
        new TableMerge(before, names, options, problems, notes).apply(tables, roles);
        report.addAll(notes);

        List<Located<Role>> changedRoles = new ArrayList<>();
        int created = 0;
        int unchanged = 0;
        for (Located<Role> located : roles.values()) {
            Role now = before.role(located.item().slug()).orElse(null);
            if (located.item().equals(now)) {
                unchanged++;
                if (options.dryRun()) { // a real import lists only what it changed; the counts give the rest
                    report.add(located.item().slug() + ": unchanged");
                }
                continue;
            }
            created += now == null ? 1 : 0;
            report.add(located.item().slug() + ": " + (now == null ? "new role" : "updated"));
            RoleChanges.of(now, located.item(), before).forEach(line -> report.add("  " + line));
            changedRoles.add(located);
        }
        List<Located<Framework>> changedFrameworks = changed(frameworks.values(), f -> before.framework(f.key()).orElse(null));
        List<Located<Family>> changedFamilies = changed(families.values(), f -> before.family(f.key()).orElse(null));
        changedFrameworks.forEach(f -> report.add("framework " + f.item().key() + ": "
                + (before.framework(f.item().key()).isPresent() ? "updated" : "new")));
        changedFamilies.forEach(f -> report.add("family " + f.item().key() + ": "
                + (before.family(f.item().key()).isPresent() ? "updated" : "new")));
        CatalogDocument changes = new CatalogDocument(changedFamilies, changedFrameworks, changedRoles);
        if (problems.isEmpty()) {
            problems.addAll(CatalogRules.check(before, changes));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems, report);
        }
        ImportSummary summary = new ImportSummary(files.size(), created, changedRoles.size() - created, unchanged,
                changedFrameworks.size(), changedFamilies.size());
        if (!options.dryRun() && !changes.isEmpty()) {
            try {
                catalog.apply(changes);
            } catch (CatalogValidationException e) {
                throw new ImportException(e.problems(), report);
            }
        }
        return new ImportReport(report, summary, options.dryRun());
    }

    private static void read(ImportFiles.Source file, CatalogSnapshot before, RoleNameResolver names,
                             ImportOptions options, List<CatalogDocument> documents, List<Table> tables,
                             List<String> problems, List<String> report) {
        String name = file.name();
        String text = SourceText.read(file.path(), name);
        if (ImportFiles.isDocument(name)) {
            CatalogDocument document = CatalogDocuments.read(text, name);
            document.roles().forEach(r -> names.add(r.item()));
            documents.add(document);
            report.add(name + ": " + document.roles().size() + " roles, " + document.frameworks().size() + " frameworks, "
                    + document.families().size() + " families");
        } else if (ImportFiles.isTable(name)) {
            List<String> lines = text.lines().toList();
            ComparisonTableImport reader = new ComparisonTableImport(before, names, options);
            for (MarkdownTable.Located located : MarkdownTable.locateAll(text, name)) {
                ComparisonTableImport.requireDelimiterRow(lines, located, name, problems);
                Table table = reader.read(located.table(), name, located.headerLine(), problems);
                table.columns().stream().filter(c -> c.created() != null).forEach(c -> names.add(
                        new Role(c.slug(), c.created().title(), c.created().abbreviation(), List.of(),
                                ComparisonTableImport.NEW_ROLE_FAMILY, "", Map.of(), List.of(), List.of())));
                tables.add(table);
                describe(table, report);
            }
        } else {
            throw new ImportProblem(name, 0, "unknown file type; use .yaml, .yml or .json for roles and frameworks, "
                    + ".md or .txt for a comparison table");
        }
    }

    private static void describe(Table table, List<String> report) {
        report.add(table.source() + ":" + table.headerLine() + ": table; role columns matched " + table.columns().size()
                + ", rows matched " + table.dimensionKeys().size());
        table.columns().forEach(c -> report.add("  \"" + c.header() + "\" → " + c.slug() + " (" + c.how() + ")"));
        table.unmatched().forEach(line -> report.add("  " + line));
        table.rows().forEach(r -> report.add("  row \"" + r.label() + "\" (line " + r.line() + ") → " + r.dimensionKey()
                + " (" + r.how() + ")"));
    }

    /**
     * The same item in several files: identical copies are one item; different ones are refused, naming both places,
     * unless the last file may win.
     */
    private static <T> Map<String, Located<T>> unique(List<Located<T>> items, Function<T, String> key, String what,
                                                      ImportOptions options, List<String> problems, List<String> notes) {
        Map<String, Located<T>> byKey = new LinkedHashMap<>();
        for (Located<T> item : items) {
            String k = key.apply(item.item());
            Located<T> first = byKey.get(k);
            if (first == null || first.item().equals(item.item())) {
                byKey.putIfAbsent(k, item);
            } else if (options.lastWins()) {
                byKey.put(k, item);
                notes.add("note: " + what + " '" + k + "' at " + item.where() + " wins over " + first.where() + " (--last-wins)");
            } else {
                problems.add(item.where() + ": " + what + " '" + k + "' is also defined at " + first.where()
                        + " with different content" + differences(first.item(), item.item())
                        + "; make them the same, or use --last-wins to let the later file win");
            }
        }
        return byKey;
    }

    private static String differences(Object a, Object b) {
        if (!(a instanceof Role x) || !(b instanceof Role y)) {
            return "";
        }
        List<String> fields = new ArrayList<>();
        if (!x.title().equals(y.title())) {
            fields.add("title");
        }
        if (!x.summary().equals(y.summary())) {
            fields.add("summary");
        }
        if (!x.reportsTo().equals(y.reportsTo())) {
            fields.add("reportsTo");
        }
        if (!x.nextRoles().equals(y.nextRoles())) {
            fields.add("nextRoles");
        }
        java.util.Set<String> keys = new java.util.TreeSet<>(x.values().keySet());
        keys.addAll(y.values().keySet());
        keys.stream().filter(k -> !Objects.equals(x.values().get(k), y.values().get(k))).forEach(k -> fields.add("values." + k));
        return fields.isEmpty() ? "" : " (" + String.join(", ", fields) + " differ)";
    }

    private static <T> List<Located<T>> changed(java.util.Collection<Located<T>> items, Function<T, T> current) {
        return items.stream().filter(l -> !l.item().equals(current.apply(l.item()))).toList();
    }

    /**
     * The role with new texts and links; everything else it has stays (level, variants). {@code managers} are the
     * roles a new Reporting Relationship text names: an occasional or dotted-line manager the text still names keeps
     * its kind, every other named role becomes a usual manager, and a manager the text no longer names is dropped; with
     * no usual manager left, the occasional ones the text names become the usual ones.
     * Null lists mean the text did not change, and neither do its links.
     */
    static Role rebuild(Role base, String summary, Map<String, String> values, List<String> managers,
                        List<String> nextRoles) {
        List<String> reportsTo = base.reportsTo();
        List<String> sometimes = base.sometimesReportsTo();
        List<String> dotted = base.dottedLineTo();
        if (managers != null) {
            sometimes = managers.stream().filter(base.sometimesReportsTo()::contains).toList();
            dotted = managers.stream().filter(base.dottedLineTo()::contains).toList();
            List<String> occasional = sometimes;
            List<String> dottedLine = dotted;
            reportsTo = managers.stream().filter(m -> !occasional.contains(m) && !dottedLine.contains(m)).toList();
            if (reportsTo.isEmpty()) { // the text names only occasional managers: now they are the usual ones
                reportsTo = sometimes;
                sometimes = List.of();
            }
        }
        return new Role(base.slug(), base.title(), base.abbreviation(), base.aliases(), base.familyKey(), summary, values,
                reportsTo, nextRoles != null ? nextRoles : base.nextRoles(), base.level(), sometimes, dotted,
                base.variants());
    }
}
