package org.roleatlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.OwnDatabases;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.TestMembers;
import org.roleatlas.accounts.internal.TestTokens;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogDocument;
import org.roleatlas.catalog.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three nodes on one PostgreSQL schema, each with its own web server, data directory and search index (in this JVM,
 * each its own Spring context): a member signed in through one node is signed in on the others; content and
 * catalogue changes written through one node show on the others within the promised time; votes and rate limits
 * are counted for the cluster; a node stopped during a write load loses no acknowledged write, and when it comes
 * back its readiness is up only once its index has caught up. Needs ROLEATLAS_TEST_PG_* like every PostgreSQL test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterOnPostgresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SETTINGS = List.of("--roleatlas.rate-limits.vote=60/1m",
            "--roleatlas.rate-limits.post=100000/1m", "--roleatlas.rate-limits.signup=100000/1m",
            "--roleatlas.rate-limits.edit=100000/1m");

    private final List<Node> nodes = new ArrayList<>();
    private JdbcClient jdbc;
    private TestMembers testMembers;
    private final AtomicInteger names = new AtomicInteger();

    @BeforeAll
    void startThreeNodes(@TempDir Path homes) {
        String schema = OwnDatabases.name("cluster");
        for (int i = 1; i <= 3; i++) {
            nodes.add(new Node("node" + i, homes.resolve("node" + i), schema, SETTINGS).start());
        }
        jdbc = node(1).context().getBean(JdbcClient.class);
        testMembers = new TestMembers(jdbc, node(1).context().getBean(Members.class));
    }

    @AfterAll
    void stopNodes() {
        nodes.forEach(Node::stop);
    }

    private Node node(int n) {
        return nodes.get(n - 1);
    }

    @Test
    @Order(1)
    void aMemberSignedInThroughOneNodeActsThroughTheOthersAndSeesTheirWritesInTime() {
        Member ada = member();
        Http browser = Http.browser();
        HttpResponse<String> signedIn = browser.form(node(1).url() + "/sign-in", "username", ada.username(),
                "password", MemberSessions.PASSWORD, "_csrf", browser.csrf(node(1).url() + "/sign-in"));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/me"));

        HttpResponse<String> me = browser.get(node(2).url() + "/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(ada.username());

        String word = "zephyrine" + names.incrementAndGet();
        HttpResponse<String> asked = browser.form(node(1).url() + "/questions", "title",
                "Who owns the " + word + " rollout between platform and product?", "body",
                "We are split on who should own the " + word + " rollout; what has worked for you?", "roles", "cto",
                "_csrf", browser.csrf(node(3).url() + "/questions/new"));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
        String location = asked.headers().firstValue("Location").orElseThrow();
        long written = System.nanoTime();

        eventually(1000, written, () -> Http.api().get(node(2).url() + location),
                page -> page.statusCode() == 200 && page.body().contains(word));
        eventually(2000, written, () -> Http.api().getJson(node(3).url() + "/api/search?q=" + word),
                found -> total(found) == 1);

        // A CSRF token read through node 2 is good on node 3: it lives in the session, and the session in the database.
        HttpResponse<String> signedOut = browser.form(node(3).url() + "/sign-out", "_csrf",
                browser.csrf(node(2).url() + "/me"));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(browser.get(node(2).url() + "/me").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/sign-in"));
    }

    @Test
    @Order(2)
    void aCatalogueChangeThroughOneNodeShowsOnTheOthersComparisonPagesWithinTwoSeconds() {
        Catalog catalog = node(1).context().getBean(Catalog.class);
        Role cio = catalog.snapshot().role("cio").orElseThrow();
        Map<String, String> values = new HashMap<>(cio.values());
        String wording = "Plans in waves of " + names.incrementAndGet() + " quarters across the cluster.";
        values.put("strategic-planning", wording);
        catalog.apply(CatalogDocument.ofRoles("cluster-test", List.of(cio.withValues(values))));
        long written = System.nanoTime();

        for (int n = 2; n <= 3; n++) {
            String url = node(n).url() + "/compare/cto-vs-cio";
            eventually(2000, written, () -> Http.api().get(url), page -> page.body().contains(wording));
        }
    }

    @Test
    @Order(3)
    void fiftyMembersVotingAtOnceAcrossTheNodesEndAtExactlyFifty() throws Exception {
        long question = ask(member());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tokens.add(TestTokens.create(node(1).context(), member().id()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> votes = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String url = node(i % 3 + 1).url() + "/api/questions/" + question + "/votes";
                String token = tokens.get(i);
                votes.add(pool.submit(() -> {
                    go.await();
                    return Http.api().json("PUT", url, token, null).statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> vote : votes) {
                assertThat(vote.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int n = 1; n <= 3; n++) {
            HttpResponse<String> read = Http.api().getJson(node(n).url() + "/api/questions/" + question);
            assertThat(JSON.readTree(read.body()).get("votes").asInt()).as("votes read through node %d", n).isEqualTo(50);
        }
    }

    @Test
    @Order(4)
    void theSixtyFirstVoteInAMinuteIsRefusedHoweverTheSixtyWereSpreadOverNodes() {
        long question = ask(member());
        String token = TestTokens.create(node(1).context(), member().id());
        for (int i = 0; i < 60; i++) {
            String method = i % 2 == 0 ? "PUT" : "DELETE";
            HttpResponse<String> vote = Http.api().json(method, node(i % 3 + 1).url() + "/api/questions/" + question
                    + "/votes", token, null);
            assertThat(vote.statusCode()).as("vote change %d through node %d", i + 1, i % 3 + 1).isEqualTo(200);
        }
        for (int n = 1; n <= 3; n++) {
            HttpResponse<String> refused = Http.api().json("PUT", node(n).url() + "/api/questions/" + question
                    + "/votes", token, null);
            assertThat(refused.statusCode()).as("61st vote change through node %d", n).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    @Order(5)
    void aNodeStoppedDuringWritesLosesNoAcknowledgedWriteAndIsReadyAgainOnlyOnceItsIndexCaughtUp() throws Exception {
        long question = ask(member());
        String token = TestTokens.create(node(1).context(), member().id());
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger turn = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            running.add(writers.submit(() -> {
                while (writing.get()) {
                    // Round robin over the nodes that answer, as the balancer does (it retries a refused connection
                    // on the next node).
                    Node target = nodes.get(Math.floorMod(turn.getAndIncrement(), 3));
                    try {
                        HttpResponse<String> created = Http.api().json("POST", target.url() + "/api/questions/"
                                + question + "/answers", token, "{\"body\": \"An answer written under load.\"}");
                        if (created.statusCode() == 201) {
                            acknowledged.add(JSON.readTree(created.body()).get("id").asLong());
                        }
                    } catch (UncheckedIOException | NullPointerException nodeDown) {
                        // refused or cut off: not acknowledged, so nothing is promised
                    }
                }
                return null;
            }));
        }
        Thread.sleep(1500);
        node(3).stop();
        Thread.sleep(1500);
        String word = "quillwort" + names.incrementAndGet();
        HttpResponse<String> whileAway = Http.api().json("POST", node(1).url() + "/api/questions/" + question
                + "/answers", token, "{\"body\": \"Written while node 3 was away: " + word + ".\"}");
        assertThat(whileAway.statusCode()).isEqualTo(201);
        writing.set(false);
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();

        assertThat(acknowledged).isNotEmpty();
        List<Long> stored = jdbc.sql("select id from answer where question_id = ?").param(question)
                .query(Long.class).list();
        assertThat(stored).containsAll(acknowledged);

        node(3).start();
        String readiness = node(3).management() + "/actuator/health/readiness";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        HttpResponse<String> ready;
        while ((ready = Http.api().getJson(readiness)).statusCode() != 200) {
            assertThat(System.nanoTime()).as("node 3 ready within a minute (%s %s)", ready.statusCode(), ready.body())
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
        // Ready, so already caught up: what was written while it was away is in its search at once.
        assertThat(total(Http.api().getJson(node(3).url() + "/api/search?q=" + word))).isEqualTo(1);
        assertThat(Http.api().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(node(3).management() + "/actuator/prometheus"))).body())
                .contains("roleatlas_search_index_lag_changes").contains("roleatlas_views_pending")
                .contains("http_server_requests").contains("hikaricp_connections");
    }

    private Member member() {
        return testMembers.quickMember("cluster" + names.incrementAndGet() + "x" + System.nanoTime() % 100_000);
    }

    private long ask(Member author) {
        String token = TestTokens.create(node(1).context(), author.id());
        HttpResponse<String> asked = Http.api().json("POST", node(1).url() + "/api/questions", token,
                "{\"title\": \"How do several teams share one on-call rota?\", \"body\": \"We have three teams "
                        + "and one rota; how do you split it fairly?\", \"roles\": [\"cto\"]}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        return JSON.readTree(asked.body()).get("id").asLong();
    }

    private static long total(HttpResponse<String> search) {
        JsonNode results = JSON.readTree(search.body());
        return results.get("total").asLong();
    }

    /** Polls until the answer satisfies the check, failing if that takes longer than the budget after the write. */
    static void eventually(long budgetMillis, long writtenNanos, Supplier<HttpResponse<String>> read,
                                   Predicate<HttpResponse<String>> check) {
        while (true) {
            HttpResponse<String> response = read.get();
            if (check.test(response)) {
                return;
            }
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - writtenNanos);
            assertThat(elapsed).as("shown within %d ms; last answer %d: %s", budgetMillis, response.statusCode(),
                    response.body().length() > 300 ? response.body().substring(0, 300) : response.body())
                    .isLessThanOrEqualTo(budgetMillis);
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
