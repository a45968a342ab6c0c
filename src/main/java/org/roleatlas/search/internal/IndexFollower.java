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
    private volatile Thread thread;
    private volatile boolean running;

    IndexFollower(Indexer indexer, SearchIndex index, IndexWake wake,
                  ApplicationSettings application, SearchSettings settings) {
        this.indexer = indexer;
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
            if (!index.hasCommit()) {
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
            while (running) {
                try {
                    indexer.catchUp(position);
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

    @Override
    public void stop() {
        running = false;
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
