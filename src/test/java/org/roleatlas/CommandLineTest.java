package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.system.CommandLineLauncher;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The command line as a user runs it: {@link CommandLineLauncher#launch} in this JVM against a fresh data
 * directory (an embedded H2 file database), with standard output and standard error captured. Every launch
 * starts and stops a Spring context, so the tests launch as few times as they can.
 */
class CommandLineTest {

    private static final String SEED_HEADER =
            "| Dimension | Chief Technology Officer (CTO) | Director of Engineering | MLOps Engineer |";

    /** A data directory whose catalogue is only ever read, shared by the tests that do not change it. */
    @TempDir
    static Path shippedData;

    private Map<String, String> savedProperties;

    record Run(int status, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    @BeforeEach
    void rememberSystemProperties() {
        savedProperties = new HashMap<>();
        System.getProperties().stringPropertyNames().forEach(k -> savedProperties.put(k, System.getProperty(k)));
    }

    /** The launcher sets roleatlas.home (and Spring Boot sets logging properties): leave nothing behind. */
    @AfterEach
    void restoreSystemProperties() {
        for (String key : System.getProperties().stringPropertyNames()) {
            if (!savedProperties.containsKey(key)) {
                System.clearProperty(key);
            }
        }
        savedProperties.forEach((key, value) -> {
            if (!value.equals(System.getProperty(key))) {
                System.setProperty(key, value);
            }
        });
    }

    private static Run launch(Path data, String... args) {
        String[] arguments = Stream.concat(Stream.of("--data", data.toString()), Stream.of(args)).toArray(String[]::new);
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = CommandLineLauncher.launch(RoleAtlasApplication.class, arguments);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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

        Run refused = launch(data, "import", bad.toString());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.errLines()).as(refused.toString()).first().asString()
                .startsWith("roleatlas: nothing was imported: ")
                .contains("bad.yaml:3")
                .contains("unknown field 'reportTo'");
        assertThat(refused.out()).as(refused.toString()).isEmpty();

        Run roles = launch(data, "roles");

        assertThat(roles.status()).as(roles.toString()).isZero();
        assertThat(roles.outLines()).as(roles.toString())
                .hasSizeGreaterThanOrEqualTo(45)
                .hasSize(shippedRoleCount())
                .anySatisfy(line -> assertThat(line).startsWith("cto ").contains("Chief Technology Officer (CTO)"))
                .noneSatisfy(line -> assertThat(line).startsWith("fractional-cto"));
    }

    @Test
    void compareAsMarkdownPrintsOnlyTheTableOnStandardOutput() {
        Run run = launch(shippedData, "compare", "cto", "director-of-engineering", "mlops-engineer", "--format", "markdown");

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
        Run run = launch(shippedData, "compare", "cto", "ctoo");

        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).as(run.toString()).first().asString()
                .startsWith("roleatlas: ")
                .contains("'ctoo'");
        assertThat(run.out()).as(run.toString()).isEmpty();
    }

    @Test
    void compareWithOneRoleExitsOneAskingForTwoToSixRoles() {
        Run run = launch(shippedData, "compare", "cto", "--format", "text");

        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).as(run.toString()).first().asString()
                .startsWith("roleatlas: ")
                .contains("2 to 6 roles");
        assertThat(run.out()).as(run.toString()).isEmpty();
    }

    @Test
    void importedSeedTableComparesBackExactlyAndItsJsonExportImportsIntoAFreshDataDirectory(
            @TempDir Path data, @TempDir Path exported, @TempDir Path freshData) throws IOException {
        Run imported = launch(data, "import", Seeds.path(Seeds.COMPARISON).toString());

        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(imported.out()).as(imported.toString()).startsWith("Imported 1 file: ");

        Run compared = launch(data, "compare", "cto", "director-of-engineering", "mlops-engineer", "--format", "markdown");

        assertThat(compared.status()).as(compared.toString()).isZero();
        assertThat(compared.outLines()).as(compared.toString()).isEqualTo(Seeds.tableLines(Seeds.COMPARISON));

        Run export = launch(data, "export", "--format", "json", "--out", exported.toString());

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

        Run reimported = launch(freshData, Stream.concat(Stream.of("import"), exportedFiles.stream()).toArray(String[]::new));

        assertThat(reimported.status()).as(reimported.toString()).isZero();
        assertThat(reimported.out()).as(reimported.toString()).startsWith("Imported " + exportedFiles.size() + " files: ");
    }
}
