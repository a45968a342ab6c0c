package org.roleatlas.search.internal;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.roleatlas.system.CliCommand;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;

/**
 * {@code reindex}: rebuilds this data directory's search index from the database. A server keeps its index current by
 * itself; this is for an index that was deleted, damaged, or built by an older release, or after content was loaded
 * into the database directly. The server must be stopped first (the index has one writer).
 */
@Component
@Command(name = "reindex", description = "Rebuild the search index from the database, with a progress bar on "
        + "standard error. Stop the server on this data directory first.")
class ReindexCommand implements CliCommand, Callable<Integer> {

    private final Indexer indexer;

    ReindexCommand(Indexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        long count = indexer.rebuild(new ProgressBar(System.err, System.console() != null, System::nanoTime));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "Indexed %d documents in %.1f s (%.0f documents/s).%n", count, seconds,
                count / Math.max(seconds, 1e-3));
        return 0;
    }
}
