package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged write is lost to search: a real server process takes answers through the API from a client thread
 * and is killed with SIGKILL mid-stream; after a restart, every answer whose POST got 201 is in the database and found
 * by search. Then {@code reindex} rebuilds the same index from the database.
 */
class SearchCrashTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedAnswerIsStoredAndSearchableAfterAKillAndRestart() throws Exception {
        CommandLineRun added = CommandLineRun.launchWithInput(data, "a long enough secret\n", "member", "add",
                "--username", "crash", "--password-stdin", "--title", "Site Reliability Engineer",
                "--industry", "software", "--company-size", "51-200");
        assertThat(added.status()).as(added.toString()).isZero();
        CommandLineRun token = CommandLineRun.launch(data, "token", "create", "--username", "crash");
        assertThat(token.status()).as(token.toString()).isZero();
        String bearer = "Bearer " + token.out().strip();

        int port = freePort();
        Process server = start(port);
        Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
        long question;
        try {
            awaitUp(port, server);
            question = id(post(port, "/api/questions", bearer, "{\"title\": \"What survives a crash?\", \"body\": "
                    + "\"Answers below.\", \"roles\": [\"site-reliability-engineer\"]}").body());
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    try {
                        HttpResponse<String> r = post(port, "/api/questions/" + question + "/answers", bearer,
                                "{\"body\": \"Answer number " + i + " with marker crashmark" + i + "x.\"}");
                        if (r.statusCode() == 201) {
                            acknowledged.put(id(r.body()), i);
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the server is gone: whatever was not acknowledged may be lost
                    }
                }
            });
            writer.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            server.destroyForcibly(); // SIGKILL: no shutdown hooks, no graceful close of the index or the database
            server.waitFor();
            stop.set(true);
            writer.join(10_000);
        } finally {
            server.destroyForcibly();
        }
        assertThat(acknowledged).as("answers acknowledged before the kill").hasSizeGreaterThanOrEqualTo(40);

        // Another port: the killed server's one may meanwhile have been handed out as an ephemeral port (the database's
        // own TCP listener takes one), and which port serves is not what this test is about.
        int restartPort = freePort();
        Process restarted = start(restartPort);
        try {
            awaitUp(restartPort, restarted);
            String stored = get(restartPort, "/api/questions/" + question).body();
            for (long answer : acknowledged.keySet()) {
                assertThat(stored).contains("\"id\":" + answer + ",");
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            for (Map.Entry<Long, Integer> answer : acknowledged.entrySet()) {
                String found;
                do {
                    found = get(restartPort, "/api/search?type=answer&q=crashmark" + answer.getValue() + "x").body();
                } while (!found.contains("\"key\":\"" + answer.getKey() + "\"") && System.nanoTime() < deadline
                        && sleep());
                assertThat(found).as("answer %s found by search", answer.getKey())
                        .contains("\"key\":\"" + answer.getKey() + "\"");
            }
        } finally {
            restarted.destroy();
            restarted.waitFor();
        }

        CommandLineRun reindex = CommandLineRun.launch(data, "reindex");
        assertThat(reindex.status()).as(reindex.toString()).isZero();
        assertThat(reindex.out()).matches("Indexed \\d+ documents in [\\d.]+ s \\(\\d+ documents/s\\)\\.\\n");
        int indexed = Integer.parseInt(reindex.out().split(" ")[1]);
        assertThat(indexed).isGreaterThanOrEqualTo(acknowledged.size() + 1);
        assertThat(reindex.err()).contains("documents").contains("ETA");
    }

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // AOT off: the test classpath may hold bean definitions generated by an earlier build of other sources
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-Dspring.aot.enabled=false",
                "-cp", System.getProperty("java.class.path"),
                RoleAtlasApplication.class.getName(), "--data", data.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(serverLog().toFile());
        builder.environment().put("ROLEATLAS_RATELIMITS_POST", "100000/1m");
        builder.environment().remove("ROLEATLAS_DB_URL");
        return builder.start();
    }

    /** Kept under target/ (the data directory is deleted after the test), for reading after a failure. */
    private static Path serverLog() throws IOException {
        Path dir = java.nio.file.Files.createDirectories(Path.of("target", "crash-test-logs"));
        return dir.resolve("server-" + System.currentTimeMillis() + ".log");
    }

    private void awaitUp(int port, Process server) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the server process is running").isTrue();
            try {
                if (get(port, "/api/roles/cto").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start within " + START_TIMEOUT);
    }

    private HttpResponse<String> post(int port, String path, String bearer, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long id(String json) {
        Matcher m = ID.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static boolean sleep() {
        try {
            Thread.sleep(50);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
