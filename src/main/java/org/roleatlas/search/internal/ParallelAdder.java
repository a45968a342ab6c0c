package org.roleatlas.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.roleatlas.search.SearchDocument;

/**
 * Adds a rebuild's documents to the index on one thread per core, while the caller keeps reading the database:
 * Lucene's analysis is most of a rebuild's work, and its writer takes documents from several threads at once.
 * At most two batches per thread wait, so memory stays bounded however large the community is.
 */
final class ParallelAdder implements Consumer<SearchDocument>, AutoCloseable {

    private static final int BATCH = 256;

    private final SearchIndex index;
    private final Indexer.Progress progress;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService workers;
    private final Semaphore waiting = new Semaphore(threads * 2);
    private final AtomicLong done = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private List<SearchDocument> batch = new ArrayList<>(BATCH);
    private long reported;

    ParallelAdder(SearchIndex index, Indexer.Progress progress) {
        this.index = index;
        this.progress = progress;
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-rebuild-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void accept(SearchDocument document) {
        batch.add(document);
        if (batch.size() == BATCH) {
            submit();
        }
        long now = done.get();
        if (now - reported >= 500) {
            reported = now;
            progress.indexed(now);
        }
    }

    private void submit() {
        rethrow();
        List<SearchDocument> documents = batch;
        batch = new ArrayList<>(BATCH);
        waiting.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                for (SearchDocument document : documents) {
                    index.add(document);
                }
                done.addAndGet(documents.size());
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                waiting.release();
            }
        });
    }

    /** Waits for every batch; @return how many documents were added */
    long finish() throws IOException {
        if (!batch.isEmpty()) {
            submit();
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IOException("The rebuild did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while rebuilding the search index", e);
        }
        rethrow();
        return done.get();
    }

    private void rethrow() {
        Throwable e = failure.get();
        if (e != null) {
            throw new IllegalStateException("Adding documents to the search index failed", e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
