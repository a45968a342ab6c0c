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

    static final ImportOptions KEEP_UNRESOLVED = new ImportOptions(false, false, false, true);
    static final ImportOptions CREATE_ROLES = new ImportOptions(false, false, true, false);
    static final ImportOptions LAST_WINS = new ImportOptions(false, true, false, false);

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
        importer.run(List.of(Seeds.path(Seeds.COMPARISON)), KEEP_UNRESOLVED);
        String markdown = ComparisonExports.markdown(
                comparisons.compare(List.of("cto", "director-of-engineering", "mlops-engineer"), null, false));
        assertThat(markdown.lines().toList()).containsExactlyElementsOf(Seeds.tableLines(Seeds.COMPARISON));
    }

    @Test
    void theArticlesAspectTableFillsTheFocusFrameworkOnceItHasItsSeparatorRow() throws IOException {
        assertRefused(List.of(Seeds.path(Seeds.ARTICLE)), Seeds.ARTICLE + ":27: the table has no separator row");
        List<String> lines = Seeds.text(Seeds.ARTICLE).lines().toList();
        List<String> withSeparator = new java.util.ArrayList<>(lines.subList(0, 27));
        withSeparator.add("---|---|---|");
        withSeparator.addAll(lines.subList(27, lines.size()));
        importer.importFiles(List.of(file("article.txt", String.join("\n", withSeparator))));
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
    void aRoleDefinedDifferentlyInTwoFilesNamesBothPlacesAndIdenticalCopiesImportOnce() throws IOException {
        String role = NEW_ROLE.replace("fractional-cto", "shared-cto");
        Path one = file("one.yaml", role);
        assertRefused(List.of(one, file("two.yaml", role.replace("A part-time CTO", "A part-time technology chief"))),
                "two.yaml:1: role 'shared-cto' is also defined at", "one.yaml:1", "summary differ", "--last-wins");
        ImportSummary summary = importer.importFiles(List.of(one, file("three.yaml", role)));
        assertThat(summary.rolesCreated()).isEqualTo(1);
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
    void aTableColumnNamingNoKnownRoleCreatesOneOnlyWhenAskedAndWithEveryDimension() throws IOException {
        Path partial = file("partial.md", "| Dimension | Chief Robotics Officer (CRO) | CTO |\n|---|---|---|\n"
                + "| Primary Role | Runs the robots. | |\n");
        assertRefused(List.of(partial), "partial.md:1: column 'Chief Robotics Officer (CRO)' matches no role", "--create-roles");
        assertThatThrownBy(() -> importer.run(List.of(partial), CREATE_ROLES))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement().asString()
                        .contains("partial.md:1: the new role 'chief-robotics-officer' has no text for Reporting Relationship, "
                                + "Scope of Responsibilities, Decision-Making Authority")
                        .contains("Professional Development; a new role needs every dimension of the default framework"));
        StringBuilder complete = new StringBuilder("| Dimension | Chief Robotics Officer (CRO) | CTO |\n|---|---|---|\n"
                + "| Primary Role | Runs the robots. | |\n");
        catalog.snapshot().defaultFramework().dimensions().stream().skip(1).forEach(d ->
                complete.append("| ").append(d.label()).append(" | Robot work on ").append(d.key())
                        .append(", described in a sentence long enough to be prose. | |\n"));
        Path table = file("new.md", complete.toString().replace("Robot work on reporting-relationship,", "Reports to the CTO;"));
        importer.run(List.of(table), CREATE_ROLES);
        assertThat(catalog.snapshot().role("chief-robotics-officer").orElseThrow().reportsTo()).containsExactly("cto");
        Path marked = file("marked.md", complete.toString().replace("Chief Robotics Officer (CRO)", "new: Chief Drone Officer"));
        importer.importFiles(List.of(marked));
        assertThat(catalog.snapshot().role("chief-drone-officer")).isPresent();
        Role created = catalog.snapshot().role("chief-robotics-officer").orElseThrow();
        assertThat(created.abbreviation()).isEqualTo("CRO");
        assertThat(created.familyKey()).isEqualTo("other");
        assertThat(created.summary()).isEqualTo("Runs the robots.");
        assertThat(catalog.snapshot().role("cto").orElseThrow().value("primary-role")).as("empty cells change nothing").isNotBlank();
    }

    @Test
    void aComparisonExportedWithItsStructuredRowsImportsBackChangingNothing() throws IOException {
        String markdown = org.roleatlas.compare.ComparisonExports.markdown(
                comparisons.structured(List.of("cto", "vp-of-engineering", "team-lead"), null, false));
        assertThat(markdown).contains("| Level | ", "| Reports to | ", "| Next roles | ");
        long version = catalog.snapshot().version();

        String report = importer.run(List.of(file("exported.md", markdown)), ImportOptions.DEFAULT).text();

        assertThat(report).contains("row \"Reports to\"", "(not imported)")
                .contains("0 roles created, 0 updated, 3 unchanged");
        assertThat(catalog.snapshot().version()).isEqualTo(version);
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

    // --- imports that tell the truth -------------------------------------------------------------

    static final String DOE_TABLE = """
            Notes before the table.

            | Dimension | Director of Engineering | CTO |
            |---|---|---|
            | Primary Role | Runs several engineering teams through their managers. | |
            | Scope of Responsibilities | %s | |
            """;

    @Test
    void theSameRoleWithIdenticalCellsInTwoFilesImportsInOneCall() throws IOException {
        Path a = file("a.md", DOE_TABLE.formatted("A product area of four to eight teams."));
        Path b = file("b.md", DOE_TABLE.formatted("A product area of four to eight teams."));
        ImportReport report = importer.run(List.of(a, b), ImportOptions.DEFAULT);
        assertThat(report.summary().rolesUpdated()).isEqualTo(1);
        assertThat(catalog.snapshot().role("director-of-engineering").orElseThrow().value("scope-of-responsibilities"))
                .isEqualTo("A product area of four to eight teams.");
    }

    @Test
    void differentCellsForOneRoleAndDimensionAreRefusedWithBothTextsUnlessTheLastFileMayWin() throws IOException {
        Path a = file("a.md", DOE_TABLE.formatted("A product area of four to eight teams."));
        Path b = file("b.md", DOE_TABLE.formatted("Every team in one business unit."));
        assertRefused(List.of(a, b), "role 'director-of-engineering', Scope of Responsibilities",
                a + ":6 says \"A product area of four to eight teams.\"", b + ":6 says \"Every team in one business unit.\"");
        ImportReport report = importer.run(List.of(a, b), LAST_WINS);
        assertThat(report.text()).contains(b + ":6 wins over " + a + ":6 (--last-wins)");
        assertThat(catalog.snapshot().role("director-of-engineering").orElseThrow().value("scope-of-responsibilities"))
                .isEqualTo("Every team in one business unit.");
    }

    @Test
    void aDryRunShowsHowEachHeaderMatchedAndWhatWouldChangeButChangesNothing() throws IOException {
        Path table = file("headers.md", """
                | Dimension | Technical Lead Manager (TLM) | Senior EM | Principal Architect / Software Architect |
                |---|---|---|---|
                | Primary Role | Leads a team and writes code. | | |
                """);
        CatalogSnapshot before = catalog.snapshot();
        String text = importer.run(List.of(table), ImportOptions.DEFAULT.withDryRun()).text();
        assertThat(text).contains("\"Technical Lead Manager (TLM)\" → technical-lead-manager (title and abbreviation)")
                .contains("\"Senior EM\" → senior-engineering-manager (normalised title 'senior engineering manager')")
                .contains("\"Principal Architect / Software Architect\" → software-architect (one of its names: title)")
                .contains(CatalogImporter.GAP_RULE)
                .contains("technical-lead-manager: updated", "  Primary Role: \"")
                .contains("→ \"Leads a team and writes code.\"")
                .contains("Dry run, nothing was changed. Would import 1 file: 0 roles created, 1 updated, 2 unchanged");
        assertThat(catalog.snapshot().version()).isEqualTo(before.version());
        assertThat(catalog.snapshot().roles()).isEqualTo(before.roles());

        Path vp = file("vp.md", "| Dimension | VP |\n|---|---|\n| Primary Role | Runs things. |\n");
        assertThatThrownBy(() -> importer.run(List.of(vp), ImportOptions.DEFAULT.withDryRun()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems()).singleElement().asString()
                            .contains(vp + ":1: column 'VP' matches no role; did you mean vp-of-engineering");
                    assertThat(e.report()).anySatisfy(line -> assertThat(line)
                            .startsWith("  \"VP\" → no match; did you mean vp-of-engineering"));
                });
    }

    @Test
    void reimportingAnIdenticalFileReportsNothingChanged() throws IOException {
        Path table = file("same.md", DOE_TABLE.formatted("A product area of nine teams."));
        assertThat(importer.run(List.of(table), ImportOptions.DEFAULT).summary().rolesUpdated()).isEqualTo(1);
        long version = catalog.snapshot().version();
        ImportReport again = importer.run(List.of(table), ImportOptions.DEFAULT);
        assertThat(again.summary().rolesUpdated()).isZero();
        assertThat(again.text()).doesNotContain("director-of-engineering: ").endsWith("0 roles created, 0 updated, 2 unchanged, "
                + "0 frameworks, 0 families.");
        assertThat(importer.run(List.of(table), ImportOptions.DEFAULT.withDryRun()).text())
                .contains("director-of-engineering: unchanged", "cto: unchanged");
        assertThat(catalog.snapshot().version()).isEqualTo(version);
    }

    @Test
    void reportingAndCareerLinksFollowTheImportedText() throws IOException {
        Path table = file("vpe.md", """
                | Dimension | VP of Engineering |
                |---|---|
                | Reporting Relationship | Reports to CEO; works closely with the board. |
                | Professional Development | Grows in company strategy; next step is CTO or Chief Product Officer. |
                """);
        String text = importer.run(List.of(table), ImportOptions.DEFAULT).text();
        Role vpe = catalog.snapshot().role("vp-of-engineering").orElseThrow();
        assertThat(vpe.reportsTo()).containsExactly("ceo");
        assertThat(vpe.nextRoles()).containsExactly("cto", "chief-product-officer");
        assertThat(text).contains("reportsTo: + ceo, − cto", "sometimesReportsTo: − ceo", "nextRoles: + chief-product-officer");
        assertThat(catalog.snapshot().reportedBy("cto")).doesNotContain(vpe);
    }

    @Test
    void aRoleNameInALinkTextThatMatchesNoRoleIsRefusedUnlessKeptAsText() throws IOException {
        Path table = file("unresolved.md", """
                | Dimension | Director of Engineering |
                |---|---|
                | Reporting Relationship | Reports to VP/CTO |
                | Professional Development | path to Head of Robots or VP of Engineering |
                """);
        assertRefused(List.of(table), table + ":3: role 'director-of-engineering', Reporting Relationship names 'VP', "
                        + "which matches no role; did you mean vp-of-engineering",
                table + ":4: role 'director-of-engineering', Professional Development names 'Head of Robots'");
        importer.run(List.of(table), KEEP_UNRESOLVED);
        Role director = catalog.snapshot().role("director-of-engineering").orElseThrow();
        assertThat(director.reportsTo()).containsExactly("cto");
        assertThat(director.nextRoles()).containsExactly("vp-of-engineering");
    }

    @Test
    void everyUnknownRowLabelInAFileIsReportedAtOnceWithNearMisses() throws IOException {
        Path table = file("labels.md", """
                | Dimension | CTO |
                |---|---|
                | Reporting Relations | Reports to the CEO. |
                | Decision making authority | All technology. |
                | Stratigic Planning | Five years out. |
                | Meeting Involvment | Board meetings. |
                | Salary Band | High. |
                """);
        assertThatThrownBy(() -> importer.importFiles(List.of(table)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).containsExactly(
                        table + ":5: unknown dimension 'Stratigic Planning'; did you mean strategic-planning ('Strategic Planning')?",
                        table + ":6: unknown dimension 'Meeting Involvment'; did you mean meeting-involvement ('Meeting Involvement')?",
                        table + ":7: unknown dimension 'Salary Band' (known: " + String.join(", ", catalog.snapshot().dimensions()
                                .stream().map(d -> d.label()).sorted().toList()) + ")"));
        Path fixed = file("fixed.md", Files.readString(table).lines().limit(4).reduce((x, y) -> x + "\n" + y).orElseThrow());
        String text = importer.run(List.of(fixed), ImportOptions.DEFAULT).text();
        assertThat(text).contains("row \"Reporting Relations\" (line 3) → reporting-relationship (alias)",
                "row \"Decision making authority\" (line 4) → decision-making-authority (label, ignoring case and punctuation)");
        assertThat(catalog.snapshot().role("cto").orElseThrow().value("decision-making-authority")).isEqualTo("All technology.");
    }

    @Test
    void aDirectoryWrittenByExportImportsBackUnchanged() throws IOException {
        CatalogSnapshot before = catalog.snapshot();
        exporter.toDirectory(dir.resolve("export"), CatalogExporter.Format.YAML);
        ImportReport report = importer.run(List.of(dir.resolve("export")), ImportOptions.DEFAULT);
        assertThat(report.summary().files()).isEqualTo(1 + before.frameworks().size() + before.roles().size());
        assertThat(report.summary().rolesUpdated()).isZero();
        assertThat(report.summary().rolesCreated()).isZero();
        assertThat(report.summary().rolesUnchanged()).isEqualTo(before.roles().size());
        assertThat(catalog.snapshot().version()).isEqualTo(before.version());
        assertThat(Files.readString(dir.resolve("export/frameworks/default.yaml"))).contains("Reporting Relations");
    }

    @Test
    void labelAliasesOfAnImportedFrameworkAreKeptAndMatchRows() throws IOException {
        Path framework = file("hiring.yaml", org.roleatlas.catalog.DimensionAliasesTest.FRAMEWORK);
        importer.importFiles(List.of(framework));
        assertThat(catalog.snapshot().dimension("typical-interview").orElseThrow().aliases())
                .containsExactly("Interview Loop", "Hiring Process");
        importer.importFiles(List.of(file("loop.md", "| Dimension | CTO |\n|---|---|\n| interview-loop | Meets the founders. |\n")));
        assertThat(catalog.snapshot().role("cto").orElseThrow().value("typical-interview")).isEqualTo("Meets the founders.");
    }

    @Test
    void aTableWithoutItsSeparatorRowIsRefusedNamingItsLine() throws IOException {
        Path table = file("bare.md", "Intro\n\n| Dimension | CTO |\n| Primary Role | Sets the technology vision. |\n");
        assertRefused(List.of(table), table + ":3: the table has no separator row");
    }

    @Test
    void aNewReportingTextKeepsTheKindOfEachManagerItStillNamesAndDropsTheOthers() throws IOException {
        importer.importFiles(List.of(file("interim.yaml", """
                slug: interim-engineering-head
                title: Interim Engineering Head
                family: executive
                summary: Runs engineering between two permanent leaders.
                reportsTo: [cto]
                sometimesReportsTo: [ceo]
                dottedLineTo: [chief-architect]
                values:
                  reporting-relationship: Reports to the CTO; sometimes to the CEO.
                """)));
        Path table = file("interim.md", """
                | Dimension | Interim Engineering Head |
                |---|---|
                | Reporting Relationship | Reports to the CTO, the CIO or the CEO |
                """);
        String text = importer.run(List.of(table), ImportOptions.DEFAULT).text();
        Role role = catalog.snapshot().role("interim-engineering-head").orElseThrow();
        assertThat(role.reportsTo()).containsExactly("cto", "cio");
        assertThat(role.sometimesReportsTo()).containsExactly("ceo");
        assertThat(role.dottedLineTo()).isEmpty();
        assertThat(text).contains("reportsTo: + cio", "dottedLineTo: − chief-architect");
    }

    @Test
    void aRoleFileAndATableInOneImportMustAgreeOnEachCell() throws IOException {
        Path role = file("advisory.yaml", NEW_ROLE.replace("fractional-cto", "advisory-cto").replace("Fractional CTO", "Advisory CTO"));
        Path table = file("advisory.md", """
                | Dimension | Advisory CTO |
                |---|---|
                | Primary Role | Advises boards on technology. |
                """);
        assertRefused(List.of(role, table), "role 'advisory-cto', Primary Role: " + role + ":7 says \"Gives early companies",
                table + ":3 says \"Advises boards on technology.\"");
        importer.run(List.of(role, table), LAST_WINS);
        assertThat(catalog.snapshot().role("advisory-cto").orElseThrow().value("primary-role"))
                .isEqualTo("Advises boards on technology.");
    }
}
