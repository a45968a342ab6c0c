package org.roleatlas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.search.SearchDocument;
import org.roleatlas.search.SearchSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The search warm-up runs real searches on a large enough index, bounded in time, and none on a small one. */
class SearchWarmUpTest {

    private static final String[] WORDS = {"budget", "roadmap", "platform", "hiring", "security", "reporting",
        "architecture", "strategy", "mentoring", "incident", "pipeline", "governance"};

    @TempDir
    Path dir;

    private SearchIndex index;
    private LuceneSearch search;
    private LuceneRelated related;
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void fill() throws IOException {
        index = new SearchIndex(dir.toString());
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("meters", meters);
        Indexer indexer = new Indexer(index, null, List.of(source("role"), source("question"), source("answer")),
                Clock.systemUTC());
        search = new LuceneSearch(index, indexer, beans.getBeanProvider(MeterRegistry.class));
        related = new LuceneRelated(index);
        index.add(role("cto", "Chief Technology Officer", "Owns the technology strategy and the engineering budget."));
        index.add(role("ciso", "Chief Information Security Officer", "Owns security, incident response and audits."));
        index.add(role("mlops-engineer", "MLOps Engineer", "Runs the model pipeline and the platform it runs on."));
        for (int i = 0; i < 60; i++) {
            String a = WORDS[i % WORDS.length];
            String b = WORDS[(i * 5 + 1) % WORDS.length];
            index.add(new SearchDocument("question", Integer.toString(i), "How do you handle " + a + " and " + b + "?",
                    List.of(), "Our " + a + " meets " + b + " every week; who owns the " + a + "?",
                    List.of(i % 2 == 0 ? "cto" : "ciso"), "/questions/" + i, "A member", true,
                    Instant.parse("2026-11-23T10:00:00Z")));
        }
        index.commit(1);
    }

    @AfterEach
    void close() throws IOException {
        index.destroy();
    }

    private long searchesAnswered() {
        return meters.get("roleatlas.search.latency").timer().count();
    }

    @Test
    void onALargeEnoughIndexTheWarmUpRunsRealSearchesMadeFromItsRolesAndWordsUntilTheyStopGettingFaster() {
        SearchWarmUp warmUp = new SearchWarmUp(index, search, related, true, Duration.ofSeconds(30), 10);

        SearchWarmUp.Outcome outcome = warmUp.run();

        assertThat(outcome.rounds()).isGreaterThanOrEqualTo(SearchWarmUp.MIN_ROUNDS);
        assertThat(outcome.reason()).isEqualTo("searches stopped getting faster");
        assertThat(outcome.millis()).isLessThan(30_000);
        assertThat(searchesAnswered()).as("searches through the same code as the search page")
                .isPositive().isLessThan(outcome.searches());
    }

    @Test
    void theTimeLimitEndsTheWarmUpEvenWhileSearchesStillGetFaster() {
        SearchWarmUp warmUp = new SearchWarmUp(index, search, related, true, Duration.ofMillis(1), 10);

        SearchWarmUp.Outcome outcome = warmUp.run();

        assertThat(outcome.reason()).isEqualTo("time limit");
        assertThat(outcome.rounds()).isLessThan(SearchWarmUp.MIN_ROUNDS);
    }

    @Test
    void startedInTheBackgroundItFinishesByItselfAndReportsWhatItDid() throws InterruptedException {
        SearchWarmUp warmUp = new SearchWarmUp(index, search, related, true, Duration.ofMillis(500), 10);

        warmUp.begin();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!warmUp.finished() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(warmUp.finished()).isTrue();
        assertThat(warmUp.outcome().searches()).isPositive();
        assertThat(searchesAnswered()).isPositive();
    }

    @Test
    void anIndexUnderTheThresholdIsReadyAtOnceWithoutASearch() {
        assertReadyAtOnceWithoutASearch(new SearchWarmUp(index, search, related, true, Duration.ofSeconds(30), 1_000),
                "small index");
    }

    @Test
    void turnedOffItIsReadyAtOnceWithoutASearch() {
        assertReadyAtOnceWithoutASearch(new SearchWarmUp(index, search, related, false, Duration.ofSeconds(30), 10),
                "turned off");
        assertReadyAtOnceWithoutASearch(new SearchWarmUp(index, search, related, true, Duration.ZERO, 10),
                "turned off");
    }

    private void assertReadyAtOnceWithoutASearch(SearchWarmUp warmUp, String reason) {
        warmUp.begin();

        assertThat(warmUp.finished()).isTrue();
        assertThat(warmUp.outcome().reason()).isEqualTo(reason);
        assertThat(searchesAnswered()).isZero();
    }

    @Test
    void aMisspellingSwapsTwoLettersNearTheEnd() {
        assertThat(SearchWarmUp.misspelt("manager")).isEqualTo("manaegr");
        assertThat(SearchWarmUp.misspelt("cto")).isEqualTo("ctoo");
    }

    private static SearchDocument role(String slug, String title, String body) {
        return new SearchDocument("role", slug, title, List.of(), body, List.of(slug), "/roles/" + slug, "", true,
                null);
    }

    private static SearchSource source(String type) {
        return new SearchSource() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Map<String, SearchDocument> load(Collection<String> keys) {
                return Map.of();
            }

            @Override
            public void forEachVisible(Consumer<SearchDocument> sink) {
            }

            @Override
            public long countVisible() {
                return 0;
            }
        };
    }
}
