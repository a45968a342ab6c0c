package org.roleatlas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.search.ContentChanged;
import org.roleatlas.search.Search;
import org.roleatlas.search.SearchDocument;
import org.roleatlas.search.SearchQuery;
import org.roleatlas.search.SearchSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index follows the change log: a write is searchable within a second; an index reopened after a stop resumes at
 * the position its last commit stored; a change whose transaction commits after a later one is still applied.
 * Own database, once per engine.
 */
@CommunityContract
abstract class ChangeLogContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    Search search;
    @Autowired
    ChangeLog log;
    @Autowired
    List<SearchSource> sources;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aNewAnswerIsFoundWithinOneSecondOfItsWrite() throws Exception {
        SearchFixture fixture = new SearchFixture(mvc, search);
        SearchFixture.Author author = fixture.member("changelog_fast", "Fast Writer");
        long question = fixture.ask(author, "How fast is search?", "Asking for a benchmark.", false, "cto");
        long answer = fixture.answer(author, question, "Within a second: xylophonic.", false);
        fixture.within(1000, new SearchQuery("xylophonic", null, null, 1), r -> SearchFixture.has(r, "answer", answer));
    }

    @Test
    void contentWrittenInBulkWithoutEventsIsFoundAfterOneEverythingChange() throws Exception {
        SearchFixture fixture = new SearchFixture(mvc, search);
        fixture.member("changelog_bulk", "Bulk Writer");
        long author = jdbc.sql("select id from member where username = 'changelog_bulk'").query(Long.class).single();
        jdbc.sql("insert into question (author_id, anonymous, title, body_markdown, body_html, created_at) "
                        + "values (?, false, 'Loaded in bulk: zebrafinch', 'No event for this one.', '<p>x</p>', ?)")
                .params(author, java.sql.Timestamp.from(java.time.Instant.now())).update();
        SearchQuery zebrafinch = new SearchQuery("zebrafinch", null, null, 1);
        assertThat(search.search(zebrafinch).hits()).isEmpty();
        events.publishEvent(ContentChanged.everything());
        fixture.within(5000, zebrafinch, r -> r.hits().size() == 1);
    }

    @Test
    void aReopenedIndexResumesExactlyAtThePositionItsLastCommitStored() throws Exception {
        SearchFixture fixture = new SearchFixture(mvc, search);
        SearchFixture.Author author = fixture.member("changelog_resume", "Resuming Writer");
        Path dir = Files.createTempDirectory("roleatlas-index");
        SearchIndex first = new SearchIndex(dir.toString());
        new Indexer(first, log, sources, Clock.systemUTC()).rebuild(quiet());
        long question = fixture.ask(author, "Before the stop: quokkaish", "Written while the index runs.", false, "cto");
        new Indexer(first, log, sources, Clock.systemUTC()).catchUp(new LogPosition(first.position()));
        long stored = first.position();
        assertThat(count(first, "question", question)).isEqualTo(1);
        first.destroy();

        long answer = fixture.answer(author, question, "Written while the index is stopped: wombatish.", false);

        SearchIndex second = new SearchIndex(dir.toString());
        assertThat(second.position()).isEqualTo(stored);
        int applied = new Indexer(second, log, sources, Clock.systemUTC()).catchUp(new LogPosition(second.position()));
        assertThat(applied).as("only the change made while stopped").isEqualTo(1);
        assertThat(count(second, "answer", answer)).isEqualTo(1);
        assertThat(second.position()).isGreaterThan(stored);
        second.destroy();
    }

    @Test
    void aBulkLoadThatARebuildHasAlreadyReadIsNotRebuiltAgainButALaterOneIs() throws Exception {
        Path dir = Files.createTempDirectory("roleatlas-index");
        SearchIndex index = new SearchIndex(dir.toString());
        try {
            transaction.executeWithoutResult(status -> events.publishEvent(ContentChanged.everything()));
            Indexer indexer = new Indexer(index, log, sources, Clock.systemUTC());
            indexer.rebuild(quiet()); // as `reindex` right after `demo`: its position is before the bulk load's entry
            // A document no source has: only another rebuild would drop it.
            index.put(new SearchDocument("role", "only-in-this-index", "Marker", List.of(), "marker", List.of(),
                    "/roles/only-in-this-index", "", true, null));
            index.commit(index.position());
            LogPosition position = new LogPosition(index.position());

            assertThat(indexer.catchUp(position)).as("the bulk load's entry is passed").isPositive();
            assertThat(markers(index)).as("no second rebuild").isEqualTo(1);

            transaction.executeWithoutResult(status -> events.publishEvent(ContentChanged.everything()));
            indexer.catchUp(position);
            assertThat(markers(index)).as("a bulk load after the rebuild rebuilds").isZero();

            SearchIndex reopened = reopen(index, dir);
            index = reopened;
            assertThat(index.everythingCovered()).as("kept in the commit").isEqualTo(log.lastEverything());
        } finally {
            index.destroy();
        }
    }

    private static SearchIndex reopen(SearchIndex index, Path dir) throws java.io.IOException {
        index.destroy();
        return new SearchIndex(dir.toString());
    }

    private static long markers(SearchIndex index) {
        return index.read(s -> (long) s.count(new TermQuery(new Term(Fields.ID, Fields.id("role", "only-in-this-index")))));
    }

    @Test
    void aChangeThatCommitsAfterALaterOneIsStillApplied() throws Exception {
        Path dir = Files.createTempDirectory("roleatlas-index");
        SearchIndex index = new SearchIndex(dir.toString());
        Indexer indexer = new Indexer(index, log, sources, Clock.systemUTC());
        indexer.rebuild(quiet());
        LogPosition position = new LogPosition(index.position());
        indexer.catchUp(position);

        CountDownLatch logged = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try {
            Future<?> slowWrite = slow.submit(() -> transaction.executeWithoutResult(status -> {
                events.publishEvent(new ContentChanged("role", "cio")); // takes the lower id
                logged.countDown();
                await(release);
            }));
            assertThat(logged.await(10, TimeUnit.SECONDS)).isTrue();
            transaction.executeWithoutResult(status -> events.publishEvent(new ContentChanged("role", "cto")));
            indexer.catchUp(position);
            assertThat(position.gaps()).as("the uncommitted id is waited for").hasSize(1);
            long gap = position.gaps().iterator().next();
            assertThat(index.position()).isEqualTo(gap - 1);

            release.countDown();
            slowWrite.get(10, TimeUnit.SECONDS);
            indexer.catchUp(position);
            assertThat(position.gaps()).isEmpty();
            assertThat(index.position()).isEqualTo(position.highest()).isGreaterThan(gap);
        } finally {
            release.countDown();
            slow.shutdown();
            index.destroy();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long count(SearchIndex index, String type, long id) {
        return index.read(s -> (long) s.count(new TermQuery(new Term(Fields.ID, Fields.id(type, Long.toString(id))))));
    }

    private static Indexer.Progress quiet() {
        return new Indexer.Progress() {
            @Override
            public void started(long expected) {
            }

            @Override
            public void indexed(long done) {
            }
        };
    }
}
