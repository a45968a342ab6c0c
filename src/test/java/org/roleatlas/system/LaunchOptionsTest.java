package org.roleatlas.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The global options taken out of the arguments before anything starts. */
class LaunchOptionsTest {

    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    private static LaunchOptions parse(String... args) {
        return LaunchOptions.parse(args, NO_ENVIRONMENT);
    }

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }

    @Test
    void takesTheDataDirectoryFromDataOptionWithSeparateValue() {
        LaunchOptions options = parse("--data", "/srv/roleatlas", "roles");

        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/roleatlas").toAbsolutePath());
        assertThat(options.command()).containsExactly("roles");
    }

    @Test
    void takesTheDataDirectoryFromDataOptionWithEqualsSign() {
        LaunchOptions options = parse("roles", "--data=/srv/roleatlas");

        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/roleatlas").toAbsolutePath());
        assertThat(options.command()).containsExactly("roles");
    }

    @Test
    void resolvesARelativeDataDirectoryToANormalizedAbsolutePath() {
        LaunchOptions options = parse("--data", "some/../other/data");

        assertThat(options.dataDir()).isAbsolute().isEqualTo(absolute("other/data"));
    }

    @Test
    void takesTheDataDirectoryFromRoleatlasHomeWhenNotGiven() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"roles"}, Map.of("ROLEATLAS_HOME", "/var/lib/roleatlas"));

        assertThat(options.dataDir()).isEqualTo(Path.of("/var/lib/roleatlas").toAbsolutePath());
    }

    @Test
    void dataOptionWinsOverRoleatlasHome() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--data", "/srv/given", "roles"},
                Map.of("ROLEATLAS_HOME", "/var/lib/roleatlas"));

        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/given").toAbsolutePath());
    }

    @Test
    void defaultsToDataInTheWorkingDirectoryResolvedAbsolute() {
        LaunchOptions options = parse("roles");

        assertThat(options.dataDir()).isAbsolute()
                .isEqualTo(Path.of(System.getProperty("user.dir")).resolve("data").toAbsolutePath().normalize());
    }

    @Test
    void takesThePortFromPortOptionWithSeparateValue() {
        assertThat(parse("--port", "9090").port()).isEqualTo(9090);
    }

    @Test
    void takesThePortFromPortOptionWithEqualsSign() {
        assertThat(parse("serve", "--port=0").port()).isZero();
        assertThat(parse("--port=65535").port()).isEqualTo(65535);
    }

    @Test
    void leavesThePortUnsetWhenNotGivenSoTheServerDefaultApplies() {
        assertThat(parse("serve").port()).isNull();
    }

    @Test
    void rejectsAPortThatIsNotANumberNamingOptionAndValue() {
        assertThatThrownBy(() -> parse("--port", "http"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--port")
                .hasMessageContaining("'http'");
    }

    @Test
    void rejectsAPortOutOfRangeNamingTheRange() {
        assertThatThrownBy(() -> parse("--port=65536"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--port must be a number from 0 to 65535, got '65536'");
        assertThatThrownBy(() -> parse("--port", "-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'-1'");
    }

    @Test
    void rejectsAPortOptionWithoutAValue() {
        assertThatThrownBy(() -> parse("roles", "--port"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--port needs a value");
    }

    @Test
    void rejectsADataOptionWithoutAValue() {
        assertThatThrownBy(() -> parse("--data"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--data needs a value");
    }

    @Test
    void keepsTheRemainingArgumentsInOrder() {
        LaunchOptions options = parse("compare", "--data", "/tmp/d", "cto", "--port=81", "vpe", "--format", "markdown",
                "--diff");

        assertThat(options.command()).containsExactly("compare", "cto", "vpe", "--format", "markdown", "--diff");
    }

    @Test
    void servesWhenNoCommandIsGiven() {
        assertThat(parse().serve()).isTrue();
        assertThat(parse("--data", "/tmp/d", "--port", "8081").serve()).isTrue();
    }

    @Test
    void servesForTheServeCommand() {
        assertThat(parse("serve").serve()).isTrue();
    }

    @Test
    void doesNotServeForAnyOtherCommand() {
        assertThat(parse("roles").serve()).isFalse();
        assertThat(parse("compare", "serve", "cto").serve()).isFalse();
    }

    @Test
    void takesThePortFromPortWhenServingAndTheOptionWins() {
        assertThat(LaunchOptions.parse(new String[] {"serve"}, Map.of("PORT", "9091")).port()).isEqualTo(9091);
        assertThat(LaunchOptions.parse(new String[] {"--port", "9092"}, Map.of("PORT", "9091")).port()).isEqualTo(9092);
    }

    @Test
    void rejectsABadPortVariableNamingItButOnlyWhenServing() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[0], Map.of("PORT", "eighty")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PORT must be a number from 0 to 65535, got 'eighty'");
        assertThat(LaunchOptions.parse(new String[] {"roles"}, Map.of("PORT", "eighty")).port()).isNull();
    }

    @Test
    void rejectsAnEmptyDataDirectory() {
        assertThatThrownBy(() -> parse("--data=", "roles"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--data must name a directory, got an empty value");
    }

    @Test
    void leavesTheCommandsOwnOptionsAndSpecialArgumentsAlone() {
        LaunchOptions options = parse("member", "import", "@members.csv", "--", "--dry-run", "--data", "/tmp/d");

        assertThat(options.command()).containsExactly("member", "import", "@members.csv", "--", "--dry-run");
        assertThat(options.dataDir()).isEqualTo(absolute("/tmp/d"));
    }

    @Test
    void theLastOfARepeatedOptionWins() {
        assertThat(parse("--port", "81", "--port=82").port()).isEqualTo(82);
    }
}
