package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rate limit the server cannot use stops the start with a message naming the setting, rather than starting a
 * server that answers every write and question page with 500 (the limiter is built on first use). Run as the README
 * runs it: a server process configured through the environment.
 */
class BadSettingsTest {

    @TempDir
    Path data;

    @Test
    void anUnusableRateLimitStopsTheStartNamingTheSetting() {
        ServerProcess server = ServerProcess.launch("bad-limit", data, ServerProcess.Database.embedded(),
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), Map.of("ROLEATLAS_RATELIMITS_POST", "1000000/1m"));
        try {
            Integer status = null;
            for (int waited = 0; status == null && waited < 120; waited++) {
                status = server.exitWithin(Duration.ofSeconds(1));
                if (status == null && answers(server)) {
                    throw new AssertionError("the server started with ROLEATLAS_RATELIMITS_POST=1000000/1m (GET "
                            + "/questions/new: " + server.site().get("/questions/new").statusCode() + "); see " + server.log);
                }
            }
            assertThat(status).as("the server stopped within 2 minutes").isNotNull();
            assertThat(status).as("exit status").isNotZero();
            assertThat(server.output()).contains("roleatlas.rate-limits.post");
        } finally {
            server.kill();
        }
    }

    private static boolean answers(ServerProcess server) {
        try {
            return server.site().get("/api/roles/cto").statusCode() == 200;
        } catch (java.io.UncheckedIOException notListening) {
            return false;
        }
    }
}
