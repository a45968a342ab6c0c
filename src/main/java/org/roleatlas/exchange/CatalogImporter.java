package org.roleatlas.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogDocument;
import org.roleatlas.catalog.CatalogDocuments;
import org.roleatlas.catalog.CatalogRules;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.CatalogValidationException;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.Role;
import org.roleatlas.compare.MarkdownTable;
import org.roleatlas.system.SourceException;
import org.springframework.stereotype.Service;

/**
 * Imports catalogue files all-or-nothing: every file is read and checked first, every problem in every file is
 * collected, and only when there are none is the whole set applied in one transaction.
 */
@Service
public class CatalogImporter {

    private final Catalog catalog;

    public CatalogImporter(Catalog catalog) {
        this.catalog = catalog;
    }

    /** @throws ImportException listing every problem; the catalogue is then unchanged */
    public ImportSummary importFiles(List<Path> files) {
        CatalogSnapshot before = catalog.snapshot();
        List<String> problems = new ArrayList<>();
        List<CatalogDocument> documents = new ArrayList<>();
        Map<String, Located<Role>> pending = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.toString();
            try {
                CatalogDocument document = read(SourceText.read(file, name), name, before, pending);
                document.roles().forEach(r -> pending.put(r.item().slug(), r));
                documents.add(document);
            } catch (SourceException e) {
                problems.add(e.getMessage());
            }
        }
        CatalogDocument merged = CatalogDocument.merge(documents);
        if (problems.isEmpty()) {
            problems.addAll(CatalogRules.check(before, merged));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        try {
            catalog.apply(merged);
        } catch (CatalogValidationException e) {
            throw new ImportException(e.problems());
        }
        long created = merged.roles().stream().map(r -> r.item().slug()).distinct()
                .filter(slug -> before.role(slug).isEmpty()).count();
        long roles = merged.roles().stream().map(r -> r.item().slug()).distinct().count();
        return new ImportSummary(files.size(), (int) created, (int) (roles - created), merged.frameworks().size(),
                merged.families().size());
    }

    private static CatalogDocument read(String text, String name, CatalogSnapshot snapshot,
                                        Map<String, Located<Role>> pending) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            return CatalogDocuments.read(text, name);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt")) {
            ComparisonTableImport tables = new ComparisonTableImport(snapshot, new LinkedHashMap<>(pending));
            List<Located<Role>> roles = new ArrayList<>();
            for (MarkdownTable.Located table : MarkdownTable.locateAll(text, name)) {
                roles.addAll(tables.read(table.table(), name, table.headerLine()));
            }
            return new CatalogDocument(List.of(), List.of(), lastPerSlug(roles));
        }
        throw new ImportProblem(name, 0, "unknown file type; use .yaml, .yml or .json for roles and frameworks, "
                + ".md or .txt for a comparison table");
    }

    /** Two tables in one file may touch the same role; the later one has the merged values. */
    private static List<Located<Role>> lastPerSlug(List<Located<Role>> roles) {
        Map<String, Located<Role>> bySlug = new LinkedHashMap<>();
        roles.forEach(r -> bySlug.put(r.item().slug(), r));
        return List.copyOf(bySlug.values());
    }
}
