package org.roleatlas.views.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which visitor has opened which question lately, so that reloading a page, or coming back within the window,
 * counts once. In memory and per node (a visitor balanced onto two nodes may count twice; views are an estimate,
 * not a ledger). Memory is bounded: at most {@code maxEntries} (visitor, question) pairs are remembered; expired
 * pairs are swept as they are met and in bulk, and when the map is full of unexpired pairs a new pair is counted
 * but not remembered, which errs towards counting rather than growing.
 */
final class RecentViews {

    /** A visitor (a member id, or a hash of address and user agent, see {@link Visitor}) and a question. */
    private record Pair(long visitor, long questionId) {
    }

    private final ConcurrentHashMap<Pair, Long> seenUntil = new ConcurrentHashMap<>();
    private final long windowMillis;
    private final int maxEntries;
    private final AtomicLong lastFullSweep = new AtomicLong();

    RecentViews(long windowMillis, int maxEntries) {
        if (windowMillis <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("The view window and the number of remembered views must be positive.");
        }
        this.windowMillis = windowMillis;
        this.maxEntries = maxEntries;
    }

    /** @return whether this is the visitor's first view of the question in the window (it then counts) */
    boolean firstView(long visitor, long questionId, long nowMillis) {
        Pair pair = new Pair(visitor, questionId);
        Long until = seenUntil.get(pair);
        if (until != null && until > nowMillis) {
            return false; // the common case of a reload: a read, no write
        }
        if (until == null && seenUntil.size() >= maxEntries && !roomAfterSweep(nowMillis)) {
            return true;
        }
        boolean[] first = {false};
        seenUntil.compute(pair, (p, current) -> {
            if (current != null && current > nowMillis) {
                return current; // another request of the same visitor won the race
            }
            first[0] = true;
            return nowMillis + windowMillis;
        });
        return first[0];
    }

    /** Forgets every pair whose window has passed. */
    void sweep(long nowMillis) {
        seenUntil.values().removeIf(until -> until <= nowMillis);
    }

    int size() {
        return seenUntil.size();
    }

    /** A full map sweeps at most once a second, so a flood of new visitors does not turn every view into a scan. */
    private boolean roomAfterSweep(long nowMillis) {
        long last = lastFullSweep.get();
        if (nowMillis - last >= 1000 && lastFullSweep.compareAndSet(last, nowMillis)) {
            sweep(nowMillis);
        }
        return seenUntil.size() < maxEntries;
    }
}
