package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The command line as a user runs it (see {@link CommandLineRun}) against a fresh data directory (an embedded
 * H2 file database). Every launch starts and stops a Spring context, so the tests launch as few times as they can.
 */
class CommandLineTest {

    private static final String SEED_HEADER =
            "| Dimension | Chief Technology Officer (CTO) | Director of Engineering | MLOps Engineer |";

    /** A data directory whose catalogue is only ever read, shared by the tests that do not change it. */
    @TempDir
    static Path shippedData;

    private static CommandLineRun launch(Path data, String... args) {
        return CommandLineRun.launch(data, args);
    }

    private static int shippedRoleCount() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:catalog/roles/*.yaml").length;
    }

    @Test
    void refusedImportNamesFileAndLineAndRolesStillListsEveryShippedRole(@TempDir Path data, @TempDir Path files)
            throws IOException {
        Path bad = files.resolve("bad.yaml");
        Files.writeString(bad, """
                slug: fractional-cto
                title: Fractional CTO
                reportTo: [ceo]
                family: executive
                """, StandardCharsets.UTF_8);

        CommandLineRun refused = launch(data, "import", bad.toString());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.errLines()).as(refused.toString()).first().asString()
                .startsWith("roleatlas: nothing was imported: ")
                .contains("bad.yaml:3")
                .contains("unknown field 'reportTo'");
        assertThat(refused.out()).as(refused.toString()).isEmpty();

        CommandLineRun roles = launch(data, "roles");

        assertThat(roles.status()).as(roles.toString()).isZero();
        assertThat(roles.outLines()).as(roles.toString())
                .hasSizeGreaterThanOrEqualTo(45)
                .hasSize(shippedRoleCount())
                .anySatisfy(line -> assertThat(line).startsWith("cto ").contains("Chief Technology Officer (CTO)"))
                .noneSatisfy(line -> assertThat(line).startsWith("fractional-cto"));
    }

    @Test
    void compareAtACompanySizeBeginsWithTheStructuredRowsAndMarksTheVariants() {
        CommandLineRun run = launch(shippedData, "compare", "cto", "vpe", "--size", "1-50", "--format", "markdown");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.outLines()).as(run.toString())
                .anySatisfy(line -> assertThat(line).startsWith("| Reports to | Chief Executive Officer (CEO) |"))
                .anySatisfy(line -> assertThat(line).startsWith("| Team Management | ").contains("(at 1–50 employees)"));

        CommandLineRun refused = launch(shippedData, "compare", "cto", "vpe", "--size", "huge");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.errLines()).as(refused.toString()).first().asString().contains("--size").contains("1-50");
    }

    @Test
    void compareAsMarkdownPrintsOnlyTheTableOnStandardOutput() {
        CommandLineRun run = launch(shippedData, "compare", "cto", "director-of-engineering", "mlops-engineer", "--format", "markdown");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).as(run.toString()).startsWith(SEED_HEADER + "\n");
        assertThat(run.outLines()).as(run.toString())
                .hasSize(12)
                .allSatisfy(line -> assertThat(line).startsWith("|").endsWith("|"))
                .noneSatisfy(line -> assertThat(line).containsAnyOf(" INFO ", " WARN ", " ERROR ", " DEBUG "));
        assertThat(run.outLines().get(1)).isEqualTo("|---|---|---|---|");
    }

    @Test
    void compareWithAnUnknownRoleExitsOneNamingItOnStandardErrorOnly() {
        CommandLineRun run = launch(shippedData, "compare", "cto", "ctoo");

        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).as(run.toString()).first().asString()
                .startsWith("roleatlas: ")
                .contains("'ctoo'");
        assertThat(run.out()).as(run.toString()).isEmpty();
    }

    @Test
    void compareWithOneRoleExitsOneAskingForTwoToSixRoles() {
        CommandLineRun run = launch(shippedData, "compare", "cto", "--format", "text");

        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).as(run.toString()).first().asString()
                .startsWith("roleatlas: ")
                .contains("2 to 6 roles");
        assertThat(run.out()).as(run.toString()).isEmpty();
    }

    @Test
    void importedSeedTableComparesBackExactlyAndItsJsonExportImportsIntoAFreshDataDirectory(
            @TempDir Path data, @TempDir Path exported, @TempDir Path freshData) throws IOException {
        CommandLineRun imported = launch(data, "import", "--keep-unresolved", Seeds.path(Seeds.COMPARISON).toString());

        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(imported.outLines()).as(imported.toString())
                .contains("  \"Chief Technology Officer (CTO)\" → cto (title and abbreviation)")
                .last().asString().startsWith("Imported 1 file: 0 roles created, 3 updated");

        CommandLineRun compared = launch(data, "compare", "cto", "director-of-engineering", "mlops-engineer", "--format", "markdown");

        assertThat(compared.status()).as(compared.toString()).isZero();
        assertThat(compared.outLines()).as(compared.toString()).isEqualTo(Seeds.tableLines(Seeds.COMPARISON));

        CommandLineRun export = launch(data, "export", "--format", "json", "--out", exported.toString());

        assertThat(export.status()).as(export.toString()).isZero();
        assertThat(exported.resolve("families.json")).isRegularFile();
        assertThat(exported.resolve("frameworks/default.json")).isRegularFile();
        assertThat(exported.resolve("roles/cto.json")).isRegularFile();
        assertThat(exported.resolve("roles/mlops-engineer.json")).isRegularFile()
                .content(StandardCharsets.UTF_8).contains("Manages the lifecycle of machine learning models");
        List<String> exportedFiles;
        try (Stream<Path> walk = Files.walk(exported)) {
            exportedFiles = walk.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
        assertThat(exportedFiles).allSatisfy(f -> assertThat(f).endsWith(".json"));
        assertThat(exportedFiles.stream().filter(f -> f.contains("/roles/"))).hasSize(shippedRoleCount());
        assertThat(export.out()).as(export.toString()).startsWith("Wrote " + exportedFiles.size() + " files to ");

        CommandLineRun reimported = launch(freshData, Stream.concat(Stream.of("import"), exportedFiles.stream()).toArray(String[]::new));

        assertThat(reimported.status()).as(reimported.toString()).isZero();
        assertThat(reimported.outLines()).as(reimported.toString()).last().asString()
                .startsWith("Imported " + exportedFiles.size() + " files: ");
    }
}
