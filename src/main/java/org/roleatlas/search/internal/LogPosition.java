package org.roleatlas.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where this node is in the change log. Ids are handed out when a transaction inserts, not when it commits, so a
 * reader can see id 12 before id 11 commits. An id skipped over is therefore kept as a <em>gap</em> and asked for
 * again until it appears or is old enough to have been rolled back. The durable position (stored with the index) is
 * just below the oldest open gap, so a restart re-reads anything that might still arrive; re-applying a change is
 * harmless because applying reloads the item's current state.
 */
final class LogPosition {

    static final Duration GAP_PATIENCE = Duration.ofMinutes(2);
    private static final int MAX_GAPS = 10_000;

    private long highest;
    private final Map<Long, Instant> gaps = new LinkedHashMap<>();

    LogPosition(long durable) {
        this.highest = durable;
    }

    long highest() {
        return highest;
    }

    Set<Long> gaps() {
        return gaps.keySet();
    }

    /** Notes the ids just read (in increasing order among those above {@link #highest()}). */
    void saw(Collection<Long> ids, Instant now) {
        for (long id : ids) {
            if (id > highest) {
                for (long missing = highest + 1; missing < id && gaps.size() < MAX_GAPS; missing++) {
                    gaps.put(missing, now);
                }
                highest = id;
            } else {
                gaps.remove(id);
            }
        }
    }

    /** Gaps older than the patience are transactions that rolled back: stop waiting for them. */
    void expire(Instant now) {
        gaps.values().removeIf(seen -> seen.plus(GAP_PATIENCE).isBefore(now));
    }

    /** Everything at or below this id has been applied (or given up on). */
    long durable() {
        return gaps.keySet().stream().mapToLong(Long::longValue).min().stream().map(g -> g - 1).findFirst()
                .orElse(highest);
    }
}
