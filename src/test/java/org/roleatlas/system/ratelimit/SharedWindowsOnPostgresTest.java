package org.roleatlas.system.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.TestClock;

/**
 * Rate limits across nodes on PostgreSQL: several limiters ("nodes", each with its own connections, as each node
 * has) share one schema. Whatever way 60 votes are spread over nodes and time, no 60 seconds ever hold a 61st —
 * in particular not across the boundary where a bucket refilled every minute would hand out 60 more.
 */
class SharedWindowsOnPostgresTest {

    private static final RateLimitPolicy VOTE = RateLimitPolicy.parse("vote", "60/1m");

    private final TestClock clock = new TestClock();
    private final List<RateLimiter> nodes = new ArrayList<>();
    private String url;

    @BeforeEach
    void schemaOfItsOwn() throws Exception {
        String base = System.getenv("ROLEATLAS_TEST_PG_URL");
        assertThat(base).as("ROLEATLAS_TEST_PG_URL: the test PostgreSQL is started by scripts/test "
                + "(eval \"$(scripts/postgres start)\" to run this test alone)").isNotBlank();
        String schema = "windows_" + Long.toString(System.nanoTime(), 36);
        try (Connection connection = DriverManager.getConnection(base, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        url = base + "?currentSchema=" + schema;
        Flyway.configure().dataSource(url, user(), password()).schemas(schema).load().migrate();
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(RateLimiter::close);
    }

    private RateLimiter node() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user());
        config.setPassword(password());
        config.setMaximumPoolSize(4);
        RateLimiter node = new RateLimiter(List.of(VOTE), clock, 10_000,
                new SharedWindows(new HikariDataSource(config), List.of(VOTE), clock));
        nodes.add(node);
        return node;
    }

    @Test
    void noSixtyFirstVoteInAnySixtySecondsAcrossTheMinutesBoundary() {
        List<RateLimiter> three = List.of(node(), node(), node());
        assertThat(three.get(0).tryAcquire("vote", "ada").allowed()).as("the first vote").isTrue();
        clock.advance(Duration.ofSeconds(59));
        for (int i = 0; i < 59; i++) {
            assertThat(three.get(i % 3).tryAcquire("vote", "ada").allowed()).as("vote %d", i + 2).isTrue();
        }
        assertThat(three.get(1).tryAcquire("vote", "ada").allowed()).as("the 61st within the minute").isFalse();

        clock.advance(Duration.ofMillis(1_001)); // the first vote has left the window; the other 59 have not
        assertThat(three.get(2).tryAcquire("vote", "ada").allowed()).as("one vote more, for the one that left")
                .isTrue();
        for (RateLimiter node : three) {
            RateLimiter.Decision refused = node.tryAcquire("vote", "ada");
            assertThat(refused.allowed()).as("past the minute's boundary, the 60 of the last 60 s still count")
                    .isFalse();
            assertThat(refused.retryAfterSeconds()).as("until the votes of second 59 leave").isBetween(58L, 59L);
        }

        clock.advance(Duration.ofSeconds(59));
        for (int i = 0; i < 59; i++) {
            assertThat(three.get(i % 3).tryAcquire("vote", "ada").allowed()).as("a minute later, vote %d", i + 1)
                    .isTrue();
        }
        assertThat(three.get(0).tryAcquire("vote", "ada").allowed()).as("the vote of second 60 still counts")
                .isFalse();
        assertThat(three.get(0).tryAcquire("vote", "grace").allowed()).as("another member's own window").isTrue();
    }

    @Test
    void manyNodesAskingAtOnceGetExactlyTheLimit() throws Exception {
        List<RateLimiter> three = List.of(node(), node(), node());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 90; i++) {
                RateLimiter node = three.get(i % 3);
                answers.add(pool.submit((Callable<Boolean>) () -> node.tryAcquire("vote", "ada").allowed()));
            }
            int allowed = 0;
            for (Future<Boolean> answer : answers) {
                allowed += answer.get() ? 1 : 0;
            }
            assertThat(allowed).as("permits granted to 90 requests at once over three nodes").isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void windowsPastTheirTimeAreSweptAndOldBucketsReadAsEmpty() throws Exception {
        RateLimiter node = node();
        node.tryAcquire("vote", "ada");
        try (Connection connection = DriverManager.getConnection(url, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("insert into rate_limit_bucket (id, state, expires_at) values ('vote:grace', "
                    + "'\\x0102030405060708090a0b0c'::bytea, " + (clock.millis() + 3_600_000) + ")");
        }
        assertThat(node.tryAcquire("vote", "grace").allowed()).as("a bucket in an earlier release's layout").isTrue();
        assertThat(node.removeExpiredSharedWindows()).as("nothing has passed yet").isZero();
        clock.advance(Duration.ofSeconds(61));
        assertThat(node.removeExpiredSharedWindows()).as("both members' windows have passed").isEqualTo(2);
    }

    private static String user() {
        return System.getenv("ROLEATLAS_TEST_PG_USER");
    }

    private static String password() {
        return System.getenv("ROLEATLAS_TEST_PG_PASSWORD");
    }
}
