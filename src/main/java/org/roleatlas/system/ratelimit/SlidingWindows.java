package org.roleatlas.system.ratelimit;

import java.util.Arrays;
import java.util.List;

/**
 * One key's recent requests under one policy: for each limit, the times of the last {@code permits} allowed
 * requests in a ring buffer. A request is allowed when, for every limit, the oldest of those is at least a
 * window ago — an exact sliding window, so "5 per minute" never allows a sixth in any 60 seconds. Memory per
 * key is the sum of the permits. Not thread-safe: {@link RateLimiter} updates it inside the map's lock.
 */
final class SlidingWindows {

    private final List<RateLimitPolicy.Limit> limits;
    private final long[][] times;
    private final int[] next;
    private long lastAllowed = Long.MIN_VALUE;

    SlidingWindows(RateLimitPolicy policy) {
        this.limits = policy.limits();
        this.times = new long[limits.size()][];
        this.next = new int[limits.size()];
        for (int i = 0; i < limits.size(); i++) {
            times[i] = new long[limits.get(i).permits()];
            Arrays.fill(times[i], Long.MIN_VALUE);
        }
    }

    /** @return 0 if allowed (and recorded), otherwise the milliseconds until it would be allowed */
    long tryAcquire(long nowMillis) {
        long wait = 0;
        for (int i = 0; i < limits.size(); i++) {
            long oldest = times[i][next[i]];
            if (oldest != Long.MIN_VALUE) {
                wait = Math.max(wait, oldest + limits.get(i).window().toMillis() - nowMillis);
            }
        }
        if (wait > 0) {
            return wait;
        }
        for (int i = 0; i < limits.size(); i++) {
            times[i][next[i]] = nowMillis;
            next[i] = (next[i] + 1) % times[i].length;
        }
        lastAllowed = nowMillis;
        return 0;
    }

    /** Idle once its last request has left the longest window: it then holds nothing a new entry would not. */
    boolean idle(long nowMillis, long longestWindowMillis) {
        return lastAllowed == Long.MIN_VALUE || nowMillis - lastAllowed >= longestWindowMillis;
    }
}
