package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * No acknowledged write is lost when the server dies: ten times over, a server in its own JVM takes answers through
 * the API from several threads for a few seconds and is killed with SIGKILL mid-stream; after each restart every
 * answer whose POST was answered 201 is there, with its text, and once more after the last cycle. On the embedded H2
 * database and on PostgreSQL. The counts go to the test output.
 */
class KillDurabilityTest {

    private static final int CYCLES = Integer.getInteger("roleatlas.kill-cycles", 10);
    private static final int WRITERS = 3;
    private static final long LOAD_MILLIS = 3_000;
    /** Quick start-up for the many restarts; durability does not depend on the JIT. */
    private static final List<String> JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path data;

    private final List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void noAcknowledgedAnswerIsLostToKillsOnTheEmbeddedDatabase() {
        cycles(ServerProcess.Database.embedded());
    }

    @Test
    void noAcknowledgedAnswerIsLostToKillsOnPostgres() {
        cycles(ServerProcess.Database.postgresSchema("kill_" + Long.toString(System.currentTimeMillis(), 36)));
    }

    private void cycles(ServerProcess.Database database) {
        long started = System.nanoTime();
        /** question id → (answer id → the text its POST carried), for every answer acknowledged with 201 */
        Map<Long, Map<Long, String>> acknowledged = new LinkedHashMap<>();
        String token = null;
        int attempted = 0;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            ServerProcess server = ServerProcess.start("kill-" + database.label() + "-" + cycle, data, database, JVM);
            try {
                Site site = server.site();
                if (token == null) {
                    token = site.member("durable", "Durable").token;
                }
                assertAllThere(site, acknowledged, database.label() + ", restart " + cycle);
                Site.Member writer = site.withToken("durable", token);
                long question = writer.ask("What survives kill " + cycle + "?", "Answers below.", Map.of());
                Map<Long, String> answers = new ConcurrentHashMap<>();
                acknowledged.put(question, answers);
                attempted += loadThenKill(server, writer, question, cycle, answers);
                assertThat(refused).as("answers refused while the server was up").isEmpty();
                assertThat(answers).as("answers acknowledged in cycle %d before the kill", cycle).isNotEmpty();
            } finally {
                server.kill();
            }
        }
        try (ServerProcess last = ServerProcess.start("kill-" + database.label() + "-final", data, database, JVM)) {
            assertAllThere(last.site(), acknowledged, database.label() + ", after the last kill");
        }
        int total = acknowledged.values().stream().mapToInt(Map::size).sum();
        System.out.printf("kill -9 durability on %s: %d cycles, %d answers attempted, %d acknowledged, 0 lost; %d s%n",
                database.label(), CYCLES, attempted, total, (System.nanoTime() - started) / 1_000_000_000);
        assertThat(total).as("acknowledged answers").isGreaterThanOrEqualTo(CYCLES * 10);
    }

    /**
     * Writers post answers for a few seconds, then the server is killed under them while their requests are in
     * flight. @return how many answers were sent
     */
    private int loadThenKill(ServerProcess server, Site.Member writer, long question, int cycle,
                                    Map<Long, String> answers) {
        AtomicInteger sent = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int n = w;
            Thread thread = new Thread(() -> {
                for (int i = 0; ; i++) {
                    String body = "Answer " + i + " from writer " + n + " in cycle " + cycle + ".";
                    sent.incrementAndGet();
                    HttpResponse<String> response;
                    try {
                        response = writer.api("POST", "/api/questions/" + question + "/answers", Map.of("body", body));
                    } catch (UncheckedIOException e) {
                        return; // the server is gone: what was not acknowledged may be lost
                    }
                    if (response.statusCode() != 201) {
                        refused.add(response.statusCode() + " " + response.body());
                        return;
                    }
                    answers.put(Site.json(response).get("id").asLong(), body);
                }
            }, "writer-" + n);
            thread.start();
            threads.add(thread);
        }
        ServerProcess.sleep(LOAD_MILLIS);
        server.kill();
        for (Thread thread : threads) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return sent.get();
    }

    private static void assertAllThere(Site site, Map<Long, Map<Long, String>> acknowledged, String when) {
        for (Map.Entry<Long, Map<Long, String>> question : acknowledged.entrySet()) {
            HttpResponse<String> response = site.get("/api/questions/" + question.getKey());
            assertThat(response.statusCode()).as("question %d %s", question.getKey(), when).isEqualTo(200);
            Map<Long, String> stored = new LinkedHashMap<>();
            for (JsonNode answer : Site.json(response).get("answers")) {
                stored.put(answer.get("id").asLong(), answer.get("bodyHtml").asString());
            }
            Set<Long> lost = new HashSet<>(question.getValue().keySet());
            lost.removeAll(stored.keySet());
            assertThat(lost).as("acknowledged answers to question %d missing %s", question.getKey(), when).isEmpty();
            question.getValue().forEach((id, body) -> assertThat(stored.get(id)).as("answer %d %s", id, when)
                    .contains(body));
        }
    }
}
