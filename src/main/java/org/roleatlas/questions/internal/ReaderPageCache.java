package org.roleatlas.questions.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.ObjectProvider;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongFunction;

import org.roleatlas.polls.PollView;
import org.roleatlas.search.Related;
import org.roleatlas.system.LocalWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * What a question page shows a reader who is not signed in, kept for a moment so that a popular question is read
 * from the database about once a second instead of on every visit (a page with 20 answers takes a dozen queries).
 * <p>
 * An entry is used only while no read-write transaction has committed on this node since it was read
 * ({@link LocalWrites}), so a reader never sees this node's page older than its last write; a write on another node
 * shows after at most {@code roleatlas.community.reader-page-ttl} (default 1 s; 0 turns the cache off).
 * <p>
 * The bytes of each answer order are rendered once per stored page ({@link RenderedPage}): a reader gets them with
 * the view count as it is now written in between.
 * <p>
 * Signed-in members share the same stored page: their own parts (votes, controls, the CSRF token, the header) are
 * added to it per request (QuestionPageController).
 * <p>
 * One reader loads a stale or missing page while the others asking for it at that moment wait for that load:
 * without this, every connection of a busy page would miss together after each write and run the same dozen
 * queries at once.
 * <p>
 * At most {@code roleatlas.community.reader-page-max} pages are kept; past that the least useful are evicted one by
 * one (Caffeine), so the popular pages stay while a crawler walks through old ones.
 */
@Component
@EnableConfigurationProperties(ReaderPageSettings.class)
class ReaderPageCache {

    /**
     * A question page as an anonymous reader sees it.
     *
     * @param storedViews the view count in the database when read, without the views still pending in memory
     */
    record ReaderPage(QuestionViews.Question question, long storedViews, PollView poll, List<Related.Item> related,
                      QuestionReads.Authorship authors, ConcurrentMap<AnswerOrder, RenderedPage> rendered) {

        ReaderPage(QuestionViews.Question question, long storedViews, PollView poll, List<Related.Item> related,
                   QuestionReads.Authorship authors) {
            this(question, storedViews, poll, related, authors, new ConcurrentHashMap<>());
        }

        ReaderPage(QuestionViews.Question question, long storedViews, PollView poll, List<Related.Item> related) {
            this(question, storedViews, poll, related, QuestionReads.Authorship.NONE);
        }

        /** The page as the public reads it, with who wrote its posts (never shown). */
        QuestionReads.Read read() {
            return new QuestionReads.Read(question, authors);
        }

        /** This page's bytes in that answer order, rendered by the first reader who asks for them. */
        RenderedPage rendered(AnswerOrder order, java.util.function.Function<AnswerOrder, RenderedPage> render) {
            return rendered.computeIfAbsent(order, render);
        }
    }

    private record Entry(long generation, long loadedAt, CompletableFuture<ReaderPage> page) {
    }

    private final LocalWrites writes;
    private final long ttlNanos;
    private final Ticker ticker;
    /** By question id; expired entries are dropped too, so memory does not hold pages nobody may use. */
    private final Cache<Long, Entry> cache;
    private final ConcurrentMap<Long, Entry> entries;

    @Autowired
    ReaderPageCache(LocalWrites writes, ReaderPageSettings settings, ObjectProvider<MeterRegistry> meters) {
        this(writes, settings.readerPageTtl(), settings.readerPageMax(), Ticker.systemTicker());
        meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, cache, "reader-pages"));
    }

    ReaderPageCache(LocalWrites writes, Duration ttl, int maxEntries, Ticker ticker) {
        this.writes = writes;
        this.ttlNanos = ttl.toNanos();
        this.ticker = ticker;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(ttl.plusNanos(1)).ticker(ticker)
                .recordStats().build();
        this.entries = cache.asMap();
    }

    ReaderPage page(long questionId, LongFunction<ReaderPage> load) {
        if (ttlNanos <= 0) {
            return load.apply(questionId);
        }
        long generation = writes.generation(); // before the read: a write committing during it makes the entry stale
        long now = ticker.read();
        Entry entry = entries.get(questionId); // a read, which also tells the store this page is in demand
        if (entry == null || !fresh(entry, generation, now)) {
            Entry mine = new Entry(generation, now, new CompletableFuture<>());
            entry = entries.compute(questionId, (id, current) -> current != null && fresh(current, generation, now)
                    ? current : mine);
            if (entry == mine) {
                try {
                    mine.page().complete(load.apply(questionId));
                } catch (RuntimeException | Error e) {
                    entries.remove(questionId, mine); // a missing question (404) is not stored
                    mine.page().completeExceptionally(e);
                    throw e;
                }
            }
        }
        try {
            return entry.page().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e; // e.g. the loader's NotFoundException
        }
    }

    private boolean fresh(Entry entry, long generation, long now) {
        return entry.generation() >= generation && now - entry.loadedAt() < ttlNanos;
    }

    /** Pages kept now, after pending evictions ran; for tests. */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
