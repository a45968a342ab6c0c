package org.roleatlas.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.CommandLineRun;

/** {@code lint} as a user runs it: one finding a line with where it is, and the exit status says whether there were any. */
class LintCommandTest {

    @Test
    void anImportedRoleThatContradictsItselfFailsTheLintWhileTheShippedFilesPass(@TempDir Path data, @TempDir Path files)
            throws Exception {
        Path role = files.resolve("team-coach.yaml");
        StringBuilder yaml = new StringBuilder("""
                slug: team-coach
                title: Team Coach
                family: engineering
                summary: Coaches a team.
                reportsTo: [cto]
                values:
                  reporting-relationship: "Reports to the board."
                """);
        for (String key : new String[] {"primary-role", "scope-of-responsibilities", "decision-making-authority",
                "strategic-planning", "team-management", "meeting-involvement", "project-management", "communication",
                "professional-development", "primary-focus", "key-responsibilities", "stakeholders", "innovation-vs-efficiency"}) {
            yaml.append("  ").append(key).append(": \"Some text.\"\n");
        }
        Files.writeString(role, yaml);
        CommandLineRun imported = CommandLineRun.launch(data, "import", role.toString());
        assertThat(imported.status()).as(imported.toString()).isZero();

        CommandLineRun lint = CommandLineRun.launch(data, "lint");
        assertThat(lint.status()).as(lint.toString()).isEqualTo(1);
        assertThat(lint.outLines()).contains(
                "database (edited or imported)  reporting-text team-coach: reportsTo names Chief Technology Officer (CTO) (cto), "
                        + "but the Reporting Relationship text does not mention it",
                "database (edited or imported)  missing-level team-coach: no level; give it one from 1 (entry) to 8 (chief)");
        assertThat(lint.outLines()).last().asString().matches("2 findings in \\d+ roles");

        CommandLineRun shipped = CommandLineRun.launch(data, "lint", "--shipped");
        assertThat(shipped.status()).as(shipped.toString()).isZero();
        assertThat(shipped.outLines()).singleElement().asString().matches("no findings in \\d+ roles");
    }
}
