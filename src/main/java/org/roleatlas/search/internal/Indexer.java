package org.roleatlas.search.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.roleatlas.search.ContentChanged;
import org.roleatlas.search.SearchDocument;
import org.roleatlas.search.SearchSource;
import org.roleatlas.search.internal.ChangeLog.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to the database: by applying the change log in batches (each item named in a batch is reloaded
 * once from its source, whatever happened to it in between), or by rebuilding everything from the sources.
 */
@Component
class Indexer {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(Indexer.class);

    private final SearchIndex index;
    private final ChangeLog changes;
    private final Map<String, SearchSource> sources;
    private final Clock clock;

    Indexer(SearchIndex index, ChangeLog changes, List<SearchSource> sources, Clock clock) {
        this.clock = clock;
        this.index = index;
        this.changes = changes;
        this.sources = sources.stream().collect(Collectors.toMap(SearchSource::type, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two search sources for type " + a.type());
                }, LinkedHashMap::new));
    }

    Set<String> types() {
        return sources.keySet();
    }

    /** Receives a rebuild's progress. */
    interface Progress {
        void started(long expected);

        void indexed(long done);
    }

    /**
     * Applies every change the log has after the position, batch by batch, committing each batch with the position it
     * reaches. Synchronized: the follower thread and a test may both ask.
     *
     * @return how many changes were applied
     */
    synchronized int catchUp(LogPosition position) throws IOException {
        int applied = 0;
        long committed = index.position();
        while (true) {
            List<Change> batch = new ArrayList<>(changes.withIds(position.gaps()));
            List<Change> next = changes.after(position.highest(), BATCH);
            batch.addAll(next);
            long everything = batch.stream().filter(c -> c.type().equals(ContentChanged.EVERYTHING))
                    .mapToLong(Change::id).max().orElse(0);
            if (everything > index.everythingCovered()) {
                replaceAll(QUIET); // covers every other change of the batch too
                index.coverEverything(everything);
            } else {
                // A bulk load that a rebuild already read (e.g. `reindex` right after `demo`) needs no second one.
                apply(batch.stream().filter(c -> !c.type().equals(ContentChanged.EVERYTHING)).toList());
            }
            if (!batch.isEmpty()) {
                position.saw(batch.stream().map(Change::id).toList(), clock.instant());
                applied += batch.size();
            }
            position.expire(clock.instant());
            if (!batch.isEmpty() || position.durable() != committed) {
                index.commit(position.durable());
                committed = position.durable();
            }
            if (next.size() < BATCH) {
                return applied;
            }
        }
    }

    private void apply(List<Change> batch) throws IOException {
        Map<String, Set<String>> keysByType = new LinkedHashMap<>();
        batch.forEach(c -> keysByType.computeIfAbsent(c.type(), t -> new LinkedHashSet<>()).add(c.key()));
        for (Map.Entry<String, Set<String>> entry : keysByType.entrySet()) {
            SearchSource source = sources.get(entry.getKey());
            if (source == null) {
                log.warn("The change log names content of type '{}', which no module of this build indexes; skipped",
                        entry.getKey());
                continue;
            }
            Map<String, SearchDocument> loaded = source.load(entry.getValue());
            for (String key : entry.getValue()) {
                SearchDocument document = loaded.get(key);
                if (document == null) {
                    index.remove(entry.getKey(), key);
                } else {
                    index.put(document);
                }
            }
        }
    }

    /**
     * Replaces the whole index with what the sources hold now. The new index becomes visible in one commit, so
     * searches meanwhile read the old one. It then follows the log from a little before the rebuild began (see
     * {@link ChangeLog#lastIdBefore}).
     *
     * @return how many documents were indexed
     */
    synchronized long rebuild(Progress progress) throws IOException {
        Instant began = clock.instant();
        long position = changes.lastIdBefore(began.minus(LogPosition.GAP_PATIENCE));
        long everything = changes.lastEverything(); // committed, so its bulk write is there for replaceAll to read
        long done = replaceAll(progress);
        index.coverEverything(everything);
        index.commit(position);
        progress.indexed(done);
        return done;
    }

    /** Empties the index and adds every visible item of every source, without committing. */
    private long replaceAll(Progress progress) throws IOException {
        progress.started(sources.values().stream().mapToLong(SearchSource::countVisible).sum());
        index.removeAll();
        try (ParallelAdder adder = new ParallelAdder(index, progress)) {
            for (SearchSource source : sources.values()) {
                source.forEachVisible(adder);
            }
            return adder.finish();
        }
    }

    private static final Progress QUIET = new Progress() {
        @Override
        public void started(long expected) {
        }

        @Override
        public void indexed(long done) {
        }
    };
}
