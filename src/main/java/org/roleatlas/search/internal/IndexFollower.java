package org.roleatlas.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.roleatlas.system.ApplicationSettings;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The server's indexer thread: builds the index from the database if this node has none yet (a new data directory,
 * or a new node joining a shared PostgreSQL), then follows the change log, woken by local commits and polling for
 * other nodes' writes. Commands do not start it: they run briefly and the server's index is not theirs.
 */
@Component
@Lazy(false)
class IndexFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final Indexer indexer;
    private final SearchIndex index;
    private final IndexWake wake;
    private final boolean commandLine;
    private final long pollMillis;
    private final ChangeLog changes;
    private final SearchWarmUp warmUp;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile LogPosition position;

    IndexFollower(Indexer indexer, SearchIndex index, IndexWake wake, ChangeLog changes,
                  ApplicationSettings application, SearchSettings settings, SearchWarmUp warmUp) {
        this.indexer = indexer;
        this.warmUp = warmUp;
        this.changes = changes;
        this.index = index;
        this.wake = wake;
        this.commandLine = application.commandLine();
        this.pollMillis = settings.pollInterval().toMillis();
    }

    @Override
    public void start() {
        if (commandLine || running) {
            return;
        }
        running = true;
        thread = new Thread(this::follow, "search-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        try {
            String why = rebuildReason();
            if (why != null) {
                log.info("Rebuilding the search index: {}", why);
                long started = System.nanoTime();
                long count = indexer.rebuild(new Indexer.Progress() {
                    @Override
                    public void started(long expected) {
                        log.info("Building the search index from the database ({} items)", expected);
                    }

                    @Override
                    public void indexed(long done) {
                    }
                });
                log.info("Search index built: {} documents in {} ms", count, (System.nanoTime() - started) / 1_000_000);
            }
            LogPosition position = new LogPosition(index.position());
            this.position = position;
            while (running) {
                try {
                    indexer.catchUp(position);
                    if (!caughtUp) {
                        caughtUp = true; // once: everything committed before this pass is in the index
                        warmUp.begin();
                    }
                } catch (RuntimeException | java.io.IOException e) {
                    if (!running) {
                        return;
                    }
                    log.warn("Search indexing failed; retrying: {}", e.toString());
                    wake.await(1000);
                }
                wake.await(pollMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | java.io.IOException e) {
            if (running) {
                log.error("The search indexer stopped", e);
            }
        }
    }

    /** Why the index must be rebuilt before following the log, or null when it can follow from its position. */
    private String rebuildReason() {
        if (!index.hasCommit()) {
            return "this node has no index yet";
        }
        long oldest = changes.oldestId();
        if (oldest > index.position() + 1) {
            return "its position (change " + index.position() + ") is older than the oldest change the log keeps ("
                    + oldest + "; older ones were pruned after roleatlas.search.change-retention)";
        }
        return null;
    }

    /** Whether the index has applied every change committed before its first pass over the log ended. */
    boolean caughtUp() {
        return caughtUp;
    }

    /** The highest change id applied, or -1 before the follower has started. */
    long highestApplied() {
        LogPosition p = position;
        return p == null ? -1 : p.highest();
    }

    @Override
    public void stop() {
        running = false;
        warmUp.stop();
        wake.signal(); // not an interrupt: Lucene closes a file channel whose thread is interrupted mid-write
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
