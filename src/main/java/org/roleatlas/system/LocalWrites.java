package org.roleatlas.system;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that grows after every read-write transaction this node commits. A node's in-memory copy of something it
 * read from the database, tagged with the number current before the read, is known to be fresh while the number has
 * not moved: then no write has committed here since. Writes committed by other nodes are not seen, so such copies
 * also need a short lifetime (see questions' ReaderPageCache).
 */
public final class LocalWrites {

    private final AtomicLong committed = new AtomicLong();

    public long generation() {
        return committed.get();
    }

    /** Called by the transaction manager after a read-write commit. */
    public void committed() {
        committed.incrementAndGet();
    }
}
