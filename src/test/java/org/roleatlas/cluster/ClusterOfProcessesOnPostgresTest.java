package org.roleatlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.roleatlas.security.ServerProcess;

import tools.jackson.databind.json.JsonMapper;

/**
 * The cluster as operators run it: {@code scripts/cluster up --nodes 3} starts three node JVMs on one PostgreSQL
 * schema (the test PostgreSQL of scripts/test) behind Debian's nginx, with the script's own nginx configuration and
 * readiness watcher. Through the balancer and the nodes: a member signed in through one node acts through the others
 * with the same cookie; a question shows on another node's page and in a third node's search in time; a node killed
 * with SIGKILL under a write load through the balancer loses no acknowledged write while the balancer routes around
 * it, and when {@code scripts/cluster start} brings it back, its readiness turns up only once its index holds what was
 * written while it was away. Without nginx or the test PostgreSQL this fails; it does not skip. The figures go to
 * the test output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterOfProcessesOnPostgresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINE = Pattern.compile("^(\\S+) (http://\\S+)$", Pattern.MULTILINE);
    private static final Pattern NEW_TOKEN = Pattern.compile("<code id=\"new-token\">([^<]+)</code>");
    private static final Pattern ANSWER_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final String PASSWORD = "a cluster of three nodes";
    private static final int WRITERS = 3;

    private final Path root = Path.of("").toAbsolutePath();
    private Path base;
    private String schema;
    private String dbUrl;
    private String dbUser;
    private String dbPassword;
    private final Map<String, String> endpoints = new HashMap<>();
    private final AtomicInteger names = new AtomicInteger();
    private Http member;
    private String memberName;

    @BeforeAll
    void clusterUp() throws IOException {
        assertThat(onPath("nginx")).as("nginx on the PATH (Debian's nginx package; .ci/run installs it)").isTrue();
        schema = "cluster_" + Long.toString(System.currentTimeMillis(), 36);
        ServerProcess.Database database = ServerProcess.Database.postgresSchema(schema); // fails without PostgreSQL
        dbUrl = database.url();
        dbUser = database.user();
        dbPassword = database.password();
        base = Files.createDirectories(root.resolve("target")).resolve(schema);

        long started = System.nanoTime();
        String out = cluster(240, "up", "--nodes", "3");
        Matcher m = LINE.matcher(out);
        while (m.find()) {
            endpoints.put(m.group(1), m.group(2));
        }
        assertThat(endpoints).as(out).containsKeys("balancer", "node1", "node2", "node3", "node1-management",
                "node2-management", "node3-management");
        System.out.printf("cluster test: scripts/cluster up --nodes 3 took %d s%n", seconds(started));
    }

    @AfterAll
    void clusterDown() throws IOException {
        if (base != null) {
            // the nodes' logs outlive the cluster's directory, for reading after a failure
            if (Files.isDirectory(base)) {
                try (var logs = Files.newDirectoryStream(base, "*.log")) {
                    for (Path log : logs) {
                        Files.copy(log, outFile(log.getFileName().toString(), "").toPath(),
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            cluster(120, "down");
        }
    }

    @Test
    @Order(1)
    void aMemberSignedInThroughOneNodeActsThroughTheOthersAndTheirWritesShowInTime() {
        memberName = "clustered" + names.incrementAndGet();
        member = signUp(node(1), memberName);
        HttpResponse<String> me = member.get(node(2) + "/me");
        assertThat(me.statusCode()).as("/me through node 2").isEqualTo(200);
        assertThat(me.body()).contains(memberName);

        // another member's question, for the first member to upvote
        Http other = signUp(endpoints.get("balancer"), "clustered" + names.incrementAndGet());
        String theirs = ask(other, endpoints.get("balancer"), "How do you split on-call between two platform teams?");

        // posts through node 2, votes through node 3, with the cookie node 1 set
        String mine = ask(member, node(2), "Who signs off a new on-call rota in a cluster of teams?");
        assertThat(member.get(node(1) + mine).body()).contains("Who signs off a new on-call rota");
        HttpResponse<String> upvoted = member.form(node(3) + theirs + "/upvote", "_csrf",
                member.csrf(node(3) + theirs));
        assertThat(upvoted.statusCode()).as(upvoted.body()).isIn(200, 302, 303);
        assertThat(votes(theirs)).as("votes on %s after the upvote through node 3", theirs).isEqualTo(1);

        // a question through node 1: on node 2's page within 1 s, in node 3's search within 2 s
        String word = "zephyrine" + names.incrementAndGet();
        String location = ask(member, node(1), "Who owns the " + word + " rollout between platform and product?");
        long written = System.nanoTime();
        ClusterOnPostgresTest.eventually(1000, written, () -> Http.api().get(node(2) + location),
                page -> page.statusCode() == 200 && page.body().contains(word));
        ClusterOnPostgresTest.eventually(2000, written, () -> Http.api().getJson(node(3) + "/api/search?q=" + word),
                found -> total(found) == 1);
        System.out.printf("cluster test: a question through node 1 was on node 2's page and in node 3's search "
                + "%d ms after its POST was answered%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written));
    }

    @Test
    @Order(2)
    void aNodeKilledUnderWritesThroughTheBalancerLosesNothingAndIsReadyOnlyOnceItsIndexCaughtUp() throws Exception {
        String balancer = endpoints.get("balancer");
        if (member == null) {
            memberName = "clustered" + names.incrementAndGet();
            member = signUp(balancer, memberName);
        }
        String token = token(member, balancer);
        String question = ask(member, balancer, "What does a cluster keep when one of its nodes dies?");
        String answers = balancer + "/api" + question + "/answers";

        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger errors = new AtomicInteger();
        List<String> errorSamples = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int n = w;
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    String body = "{\"body\": \"Answer " + i + " from writer " + n + ", written under load.\"}";
                    try {
                        HttpResponse<String> created = Http.api().json("POST", answers, token, body);
                        Matcher id = ANSWER_ID.matcher(created.body());
                        if (created.statusCode() == 201 && id.find()) {
                            acknowledged.add(Long.parseLong(id.group(1)));
                        } else {
                            errors.incrementAndGet();
                            errorSamples.add(created.statusCode() + " " + clip(created.body()));
                        }
                    } catch (UncheckedIOException e) {
                        errors.incrementAndGet();
                        errorSamples.add(e.toString());
                    }
                }
            }, "cluster-writer-" + n);
            writer.start();
            writers.add(writer);
        }
        try {
            Thread.sleep(2000);
            int beforeKill = acknowledged.size();
            ProcessHandle node3 = ProcessHandle.of(pidOf("node3")).orElseThrow();
            node3.destroyForcibly(); // SIGKILL: no shutdown hooks, in-flight requests cut off
            node3.onExit().get(30, TimeUnit.SECONDS);
            int errorsBeforeKill = errors.get();
            Thread.sleep(3000);
            int whileDown = acknowledged.size() - beforeKill;
            int errorsAtKill = errors.get() - errorsBeforeKill;
            assertThat(whileDown).as("writes acknowledged through the balancer in the 3 s after the kill").isPositive();
            assertThat(errorsAtKill).as("errors after the kill (at most the requests in flight): %s", errorSamples)
                    .isLessThanOrEqualTo(WRITERS);

            // written while node 3 is away: an answer and a question, each with a word of its own
            String answerWord = "quillwort" + names.incrementAndGet();
            String questionWord = "bracken" + names.incrementAndGet();
            HttpResponse<String> answered = Http.api().json("POST", answers, token,
                    "{\"body\": \"Written while node 3 was away: " + answerWord + ".\"}");
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
            ask(member, balancer, "Who keeps the " + questionWord + " runbook while a node is away?");

            writing.set(false);
            for (Thread writer : writers) {
                writer.join(60_000);
            }
            Set<Long> stored = storedAnswers(Long.parseLong(question.substring(question.lastIndexOf('/') + 1)));
            Set<Long> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            System.out.printf("cluster test: %d writers through the balancer, node 3 killed with SIGKILL: %d answers "
                            + "acknowledged (%d in the 3 s after the kill), %d lost, %d errors (%d after the kill)%n",
                    WRITERS, acknowledged.size(), whileDown, lost.size(), errors.get(), errorsAtKill);
            assertThat(lost).as("acknowledged answers missing from the database").isEmpty();
            assertThat(acknowledged.size()).as("acknowledged answers").isGreaterThanOrEqualTo(10);

            // The load stops here: on a small machine the restart would otherwise compete with it for the cores.
            long restarted = System.nanoTime();
            Process start = script("start", "node3");
            String readiness = endpoints.get("node3-management") + "/actuator/health/readiness";
            while (!ready(readiness)) {
                assertThat(seconds(restarted)).as("node 3 ready within 240 s (its log: %s)", outFile("node3.log", ""))
                        .isLessThan(240);
                assertThat(start.isAlive() || start.exitValue() == 0)
                        .as("scripts/cluster start node3: %s", output("start", ".err")).isTrue();
                Thread.sleep(50);
            }
            long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
            // the first moment it says it is ready, its own search has what was written while it was away
            assertThat(total(Http.api().getJson(node(3) + "/api/search?q=" + answerWord)))
                    .as("node 3's search for the answer written while it was away, when first ready").isEqualTo(1);
            assertThat(total(Http.api().getJson(node(3) + "/api/search?q=" + questionWord)))
                    .as("node 3's search for the question written while it was away, when first ready").isEqualTo(1);
            assertThat(start.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(start.exitValue()).as(output("start", ".err")).isZero();
            assertThat(output("start", ".out")).contains("node3 " + node(3));
            // the watcher takes it back into the balancer
            long back = System.nanoTime();
            while (output(base.resolve("upstream.conf")).contains(" down;")) {
                assertThat(seconds(back)).as("node 3 back in the balancer's upstream").isLessThan(10);
                Thread.sleep(100);
            }
            System.out.printf("cluster test: node 3 ready %d ms after scripts/cluster start, its search already "
                    + "finding what was written while it was away%n", readyMillis);
        } finally {
            writing.set(false);
        }
    }

    private String node(int n) {
        return endpoints.get("node" + n);
    }

    private Http signUp(String site, String username) {
        Http browser = Http.browser();
        HttpResponse<String> signedUp = browser.form(site + "/sign-up", "username", username, "email",
                username + "@example.com", "password", PASSWORD, "displayName", "Member " + username,
                "_csrf", browser.csrf(site + "/sign-up"));
        assertThat(signedUp.statusCode()).as(clip(signedUp.body())).isEqualTo(302);
        return browser;
    }

    /** @return the question's path, e.g. {@code /questions/12} */
    private String ask(Http browser, String site, String title) {
        HttpResponse<String> asked = browser.form(site + "/questions", "title", title, "body",
                "We would like to hear how others handle this: " + title, "roles", "cto",
                "_csrf", browser.csrf(site + "/questions/new"));
        assertThat(asked.statusCode()).as(clip(asked.body())).isEqualTo(302);
        String location = asked.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
    }

    /** A personal access token made on /me through the balancer and read on the page it redirects to. */
    private static String token(Http browser, String site) {
        HttpResponse<String> created = browser.form(site + "/me/tokens", "name", "cluster load",
                "_csrf", browser.csrf(site + "/me"));
        assertThat(created.statusCode()).isEqualTo(302);
        Matcher m = NEW_TOKEN.matcher(browser.get(site + "/me").body());
        assertThat(m.find()).as("the new token on /me").isTrue();
        return m.group(1);
    }

    private int votes(String question) {
        HttpResponse<String> read = Http.api().getJson(endpoints.get("balancer") + "/api" + question);
        return JSON.readTree(read.body()).get("votes").asInt();
    }

    private static long total(HttpResponse<String> search) {
        return JSON.readTree(search.body()).get("total").asLong();
    }

    private static boolean ready(String readiness) {
        try {
            return Http.api().getJson(readiness).statusCode() == 200;
        } catch (UncheckedIOException notListening) {
            return false;
        }
    }

    private Set<Long> storedAnswers(long question) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from answer where question_id = " + question)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private long pidOf(String node) {
        Matcher m = Pattern.compile("^" + node + " (\\d+) ", Pattern.MULTILINE).matcher(cluster(30, "status"));
        assertThat(m.find()).as("%s running in scripts/cluster status", node).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Runs scripts/cluster to its end; fails with its output unless it exits 0. @return its standard output */
    private String cluster(int timeoutSeconds, String... args) {
        Process process = script(args);
        try {
            boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String out = output(args[0], ".out");
            assertThat(ended && process.exitValue() == 0).as("scripts/cluster %s: %s%s", String.join(" ", args), out,
                    output(args[0], ".err")).isTrue();
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts scripts/cluster with this JVM's class path for the nodes (the jar is built after the tests), small heaps,
     * the test database and limits no test load reaches; output to {@code <base>/<command>.out} and {@code .err}.
     */
    private Process script(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("scripts/cluster").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(outFile(args[0], ".out")).redirectError(outFile(args[0], ".err"));
        Map<String, String> env = builder.environment();
        env.put("ROLEATLAS_CLUSTER_BASE", base.toString());
        env.putIfAbsent("ROLEATLAS_CLUSTER_PORT", Integer.toString(freePort()));
        env.put("ROLEATLAS_CLUSTER_DB_URL", dbUrl);
        env.put("ROLEATLAS_CLUSTER_DB_USER", dbUser);
        env.put("ROLEATLAS_CLUSTER_DB_PASSWORD", dbPassword);
        env.put("ROLEATLAS_CLUSTER_CLASSPATH", applicationClassPath());
        // AOT off: the test class path may hold bean definitions generated by an earlier build of other sources
        env.put("ROLEATLAS_CLUSTER_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "
                + "-Dspring.aot.enabled=false");
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + env.get("PATH"));
        for (String policy : List.of("POST", "VOTE", "EDIT", "SIGNUP", "FLAG")) {
            env.put("ROLEATLAS_RATELIMITS_" + policy, "100000/1m");
        }
        env.remove("ROLEATLAS_DB_URL");
        env.remove("ROLEATLAS_PUBLIC_URL");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This JVM's class path without the test classes and resources, whose settings (container sessions, a random
     * management port) are for the in-process tests: the nodes run with the application's own settings.
     */
    private static String applicationClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Path.of(entry).endsWith("test-classes")) {
                entries.add(entry);
            }
        }
        String classPath = String.join(File.pathSeparator, entries);
        assertThat(classPath).as("the application's classes on the test class path").contains("classes");
        return classPath;
    }

    /** Beside the cluster's directory, which scripts/cluster makes itself and removes on {@code down}. */
    private File outFile(String command, String suffix) {
        return base.resolveSibling(base.getFileName() + "-" + command + suffix).toFile();
    }

    private String output(String command, String suffix) {
        return output(outFile(command, suffix).toPath());
    }

    private static String output(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long seconds(long sinceNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - sinceNanos);
    }

    private static String clip(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
