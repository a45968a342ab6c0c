package org.roleatlas.community.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

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
 */
@Component
class ReaderPages {

    /**
     * A question page as an anonymous reader sees it.
     *
     * @param storedViews the view count in the database when read, without the views still pending in memory
     */
    record ReaderPage(Views.Question question, long storedViews, PollView poll, List<Related.Item> related) {
    }

    private record Entry(long generation, long loadedAt, ReaderPage page) {
    }

    private final LocalWrites writes;
    private final long ttlNanos;
    private final int maxEntries;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

    ReaderPages(LocalWrites writes, @Value("${roleatlas.community.reader-page-ttl:1s}") Duration ttl,
                @Value("${roleatlas.community.reader-page-max:5000}") int maxEntries) {
        this.writes = writes;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    ReaderPage page(long questionId, LongFunction<ReaderPage> load) {
        long generation = writes.generation(); // before the read: a write committing during it makes the entry stale
        long now = System.nanoTime();
        Entry entry = entries.get(questionId);
        if (entry != null && entry.generation() == generation && now - entry.loadedAt() < ttlNanos) {
            return entry.page();
        }
        ReaderPage page = load.apply(questionId);
        if (ttlNanos > 0) {
            if (entries.size() >= maxEntries) {
                entries.clear(); // bounded memory; entries live a second anyway, so losing them all costs little
            }
            entries.put(questionId, new Entry(generation, now, page));
        }
        return page;
    }
}
