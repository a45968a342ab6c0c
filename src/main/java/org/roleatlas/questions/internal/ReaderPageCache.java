package org.roleatlas.questions.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import org.roleatlas.polls.PollView;
import org.roleatlas.search.Related;
import org.roleatlas.system.LocalWrites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a question page shows a reader who is not signed in, kept for a moment so that a popular question is read
 * from the database about once a second instead of on every visit (a page with 20 answers takes a dozen queries).
 * <p>
 * An entry is used only while no read-write transaction has committed on this node since it was read
 * ({@link LocalWrites}), so a reader never sees this node's page older than its last write; a write on another node
 * shows after at most {@code roleatlas.community.reader-page-ttl} (default 1 s; 0 turns the cache off). Signed-in
 * members always get a fresh page: theirs carries their votes, their own posts' controls and a CSRF token.
 * <p>
 * One reader loads a stale or missing page while the others asking for it at that moment wait for that load:
 * without this, every connection of a busy page would miss together after each write and run the same dozen
 * queries at once.
 */
@Component
class ReaderPageCache {

    /**
     * A question page as an anonymous reader sees it.
     *
     * @param storedViews the view count in the database when read, without the views still pending in memory
     */
    record ReaderPage(QuestionViews.Question question, long storedViews, PollView poll, List<Related.Item> related) {
    }

    private record Entry(long generation, long loadedAt, CompletableFuture<ReaderPage> page) {
    }

    private final LocalWrites writes;
    private final long ttlNanos;
    private final int maxEntries;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

    ReaderPageCache(LocalWrites writes, @Value("${roleatlas.community.reader-page-ttl:1s}") Duration ttl,
                @Value("${roleatlas.community.reader-page-max:5000}") int maxEntries) {
        this.writes = writes;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    ReaderPage page(long questionId, LongFunction<ReaderPage> load) {
        if (ttlNanos <= 0) {
            return load.apply(questionId);
        }
        long generation = writes.generation(); // before the read: a write committing during it makes the entry stale
        long now = System.nanoTime();
        if (entries.size() >= maxEntries) {
            entries.clear(); // bounded memory; entries live a second anyway, so losing them all costs little
        }
        Entry mine = new Entry(generation, now, new CompletableFuture<>());
        Entry entry = entries.compute(questionId, (id, current) -> current != null
                && current.generation() >= generation && now - current.loadedAt() < ttlNanos ? current : mine);
        if (entry == mine) {
            try {
                mine.page().complete(load.apply(questionId));
            } catch (RuntimeException | Error e) {
                entries.remove(questionId, mine); // a missing question (404) is not stored
                mine.page().completeExceptionally(e);
                throw e;
            }
        }
        try {
            return entry.page().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e; // e.g. the loader's NotFoundException
        }
    }
}
