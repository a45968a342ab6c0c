package org.roleatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.Seeds;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.compare.ComparisonExports;
import org.roleatlas.compare.Comparisons;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Imports change the catalogue all-or-nothing and explain every refusal with file and line. Uses its own
 * database (it changes roles), once per database engine: see the subclasses.
 */
@SpringBootTest
@OwnDatabase
abstract class ImportContract {

    /** A database (H2) or schema (PostgreSQL) of its own, new on every run. */

    @Autowired
    CatalogImporter importer;
    @Autowired
    CatalogExporter exporter;
    @Autowired
    Catalog catalog;
    @Autowired
    Comparisons comparisons;

    @TempDir
    Path dir;

    Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static final String NEW_ROLE = """
            slug: fractional-cto
            title: Fractional CTO
            family: executive
            summary: A part-time CTO shared by several young companies.
            reportsTo: [ceo]
            values:
              primary-role: Gives early companies senior technical judgement for a few days a month.
            """;

    /** Asserts the import is refused with a problem containing {@code expected}, and that nothing changed. */
    void assertRefused(List<Path> files, String... expected) {
        CatalogSnapshot before = catalog.snapshot();
        assertThatThrownBy(() -> importer.importFiles(files))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    String all = String.join("\n", e.problems());
                    for (String part : expected) {
                        assertThat(all).contains(part);
                    }
                });
        CatalogSnapshot after = catalog.snapshot();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.roles()).isEqualTo(before.roles());
    }

    @Test
    void importingTheSeedComparisonThenExportingItGivesBackTheSeedTableExactly() {
        importer.importFiles(List.of(Seeds.path(Seeds.COMPARISON)));
        String markdown = ComparisonExports.markdown(
                comparisons.compare(List.of("cto", "director-of-engineering", "mlops-engineer"), null, false));
        assertThat(markdown.lines().toList()).containsExactlyElementsOf(Seeds.tableLines(Seeds.COMPARISON));
    }

    @Test
    void theArticlesAspectTableWithoutDelimiterRowFillsTheFocusFramework() {
        importer.importFiles(List.of(Seeds.path(Seeds.ARTICLE)));
        List<String> aspectRows = Seeds.text(Seeds.ARTICLE).lines().filter(l -> l.contains(" | ")).skip(1)
                .map(l -> "| " + l.strip()).toList();
        String markdown = ComparisonExports.markdown(comparisons.compare(List.of("cto", "cio"), "focus", false));
        assertThat(markdown.lines().skip(2).toList()).containsExactlyElementsOf(aspectRows);
    }

    @Test
    void aValidFileIsNotImportedWhenAnotherFileInTheSameImportIsBad() throws IOException {
        Path good = file("good.yaml", NEW_ROLE.replace("fractional-cto", "interim-cto"));
        Path bad = file("bad.yaml", "slug: broken\ntitle: Broken\nfamily: executive\nreportTo: [ceo]\n");
        assertRefused(List.of(good, bad), "bad.yaml:4", "unknown field 'reportTo'");
        assertThat(catalog.snapshot().role("interim-cto")).isEmpty();
    }

    @Test
    void malformedYamlNamesFileAndLine() throws IOException {
        assertRefused(List.of(file("malformed.yaml", "slug: x\ntitle: [unclosed\nfamily: it\n")), "malformed.yaml:", "not valid YAML");
    }

    @Test
    void aRaggedTableNamesTheRowsLine() throws IOException {
        Path table = file("ragged.md", """
                Some prose first.

                | Dimension | CTO | CIO |
                |---|---|---|
                | Primary Role | a | b |
                | Scope of Responsibilities | only one cell |
                """);
        assertRefused(List.of(table), "ragged.md:6");
    }

    @Test
    void anUnknownDimensionIsRefusedInTablesAndInYaml() throws IOException {
        Path table = file("unknown.md", "| Dimension | CTO | CIO |\n|---|---|---|\n| Salary Band | high | high |\n");
        assertRefused(List.of(table), "unknown.md:3", "unknown dimension 'Salary Band'");
        Path yaml = file("unknown.yaml", NEW_ROLE + "  salary-band: high\n");
        assertRefused(List.of(yaml), "unknown.yaml:8", "unknown dimension 'salary-band'");
    }

    @Test
    void aDuplicateSlugNamesBothPlaces() throws IOException {
        assertRefused(List.of(file("one.yaml", NEW_ROLE), file("two.yaml", NEW_ROLE)),
                "two.yaml:1: duplicate role slug 'fractional-cto' (first defined at", "one.yaml:1");
    }

    @Test
    void aDanglingLinkOrUnknownFamilyIsRefused() throws IOException {
        assertRefused(List.of(file("link.yaml", NEW_ROLE.replace("[ceo]", "[chief-vibes-officer]"))),
                "link.yaml:5", "unknown role 'chief-vibes-officer'");
        assertRefused(List.of(file("family.yaml", NEW_ROLE.replace("family: executive", "family: wizards"))),
                "family.yaml:3", "unknown family 'wizards'");
    }

    @Test
    void aFileOverFiveMebibytesIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[5 * 1024 * 1024 + 1]);
        assertRefused(List.of(big), "big.yaml", "the limit is 5 MiB");
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "slug: x\ntitle: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(List.of(latin1), "latin1.yaml:2", "not valid UTF-8");
    }

    @Test
    void yamlAndJsonFilesCreateRolesAndFrameworks() throws IOException {
        Path framework = file("hiring.json", """
                {"key": "hiring", "name": "Hiring", "dimensions": [
                  {"key": "typical-interview", "label": "Typical Interview", "description": "How candidates are assessed."},
                  {"key": "primary-role"}]}
                """);
        Path role = file("role.yaml", NEW_ROLE + "  typical-interview: Conversations with founders about past turnarounds.\n");
        ImportSummary summary = importer.importFiles(List.of(framework, role));
        assertThat(summary.rolesCreated()).isEqualTo(1);
        assertThat(summary.frameworks()).isEqualTo(1);
        CatalogSnapshot snapshot = catalog.snapshot();
        assertThat(snapshot.framework("hiring").orElseThrow().dimensions()).extracting(d -> d.label())
                .containsExactly("Typical Interview", "Primary Role");
        Role created = snapshot.role("fractional-cto").orElseThrow();
        assertThat(created.value("typical-interview")).startsWith("Conversations with founders");
        assertThat(snapshot.reportedBy("ceo")).contains(created);
    }

    @Test
    void aTableColumnNamingNoKnownRoleCreatesOne() throws IOException {
        Path table = file("new.md", "| Dimension | Chief Robotics Officer (CRO) | CTO |\n|---|---|---|\n"
                + "| Primary Role | Runs the robots. | |\n");
        importer.importFiles(List.of(table));
        Role created = catalog.snapshot().role("chief-robotics-officer").orElseThrow();
        assertThat(created.abbreviation()).isEqualTo("CRO");
        assertThat(created.familyKey()).isEqualTo("other");
        assertThat(created.summary()).isEqualTo("Runs the robots.");
        assertThat(catalog.snapshot().role("cto").orElseThrow().value("primary-role")).as("empty cells change nothing").isNotBlank();
    }

    @Test
    void anExportedCatalogueImportsBackWithoutChange() throws IOException {
        CatalogSnapshot before = catalog.snapshot();
        exporter.toDirectory(dir.resolve("export"), CatalogExporter.Format.YAML);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.resolve("export"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(1 + before.frameworks().size() + before.roles().size());
        importer.importFiles(files);
        assertThat(catalog.snapshot().roles()).isEqualTo(before.roles());
        assertThat(catalog.snapshot().frameworks()).isEqualTo(before.frameworks());
    }
}
