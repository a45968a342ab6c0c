package org.roleatlas.system.ratelimit;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides whether a key (a member) may do something now under a named policy, e.g.
 * {@code rateLimiter.tryAcquire("post", memberId).orThrow("posting")}. Thread-safe: each key's windows are
 * checked and updated atomically inside the map, so N permits are N, however many threads ask at once.
 * Memory stays bounded: keys idle for longer than their policy's longest window are swept once a minute,
 * and at most {@code maxKeys} keys are tracked — past that, new keys are refused (briefly) rather than
 * letting the map grow without limit.
 * <p>
 * On PostgreSQL the windows are kept in the database instead ({@link SharedWindows}), so several nodes together
 * allow no more than one would: the limit is exact across the cluster.
 */
public class RateLimiter implements AutoCloseable {

    static final long SWEEP_INTERVAL_MILLIS = 60_000;

    private final Map<String, RateLimitPolicy> policies;
    private final Clock clock;
    private final int maxKeys;
    private final ConcurrentHashMap<Entry, SlidingWindows> windows = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;
    private final SharedWindows shared;

    private record Entry(String policy, String key) {
    }

    /** Whether a request may go ahead and, if not, how long to wait. */
    public record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);

        /** @param doing what was refused, for the message: "posting", "voting" */
        public void orThrow(String doing) {
            if (!allowed) {
                throw new RateLimitedException(doing, retryAfterSeconds);
            }
        }
    }

    public RateLimiter(Iterable<RateLimitPolicy> policies, Clock clock, int maxKeys) {
        this(policies, clock, maxKeys, null);
    }

    RateLimiter(Iterable<RateLimitPolicy> policies, Clock clock, int maxKeys, SharedWindows shared) {
        this.shared = shared;
        Map<String, RateLimitPolicy> byName = new HashMap<>();
        for (RateLimitPolicy policy : policies) {
            byName.put(policy.name(), policy);
        }
        this.policies = Map.copyOf(byName);
        this.clock = clock;
        this.maxKeys = maxKeys;
        this.lastSweep = new AtomicLong(clock.millis());
    }

    /** @throws IllegalArgumentException for a policy that is not configured */
    public Decision tryAcquire(String policyName, String key) {
        RateLimitPolicy policy = policies.get(policyName);
        if (policy == null) {
            throw new IllegalArgumentException("No rate-limit policy '" + policyName + "'; configure it as "
                    + "roleatlas.rate-limits." + policyName + "=5/1m,30/1h (for example).");
        }
        if (shared != null) {
            long wait = shared.tryAcquire(policyName, key);
            return wait == 0 ? Decision.ALLOWED : new Decision(false, (wait + 999) / 1000);
        }
        long now = clock.millis();
        sweepIfDue(now);
        Entry entry = new Entry(policyName, key);
        if (windows.size() >= maxKeys && !windows.containsKey(entry)) {
            sweep(now);
            if (windows.size() >= maxKeys) {
                return new Decision(false, 1); // full of active keys: keep memory bounded, ask to retry
            }
        }
        long[] waitMillis = new long[1];
        windows.compute(entry, (e, existing) -> {
            SlidingWindows w = existing != null ? existing : new SlidingWindows(policy);
            waitMillis[0] = w.tryAcquire(now);
            return w;
        });
        return waitMillis[0] == 0 ? Decision.ALLOWED : new Decision(false, (waitMillis[0] + 999) / 1000);
    }

    /** Closes the shared windows' connections (with the application context). */
    @Override
    public void close() {
        if (shared != null) {
            shared.close();
        }
    }

    /** Deletes the shared windows that have passed (PostgreSQL only); @return how many */
    public int removeExpiredSharedWindows() {
        return shared == null ? 0 : shared.removeExpired();
    }

    /** The number of keys currently tracked, across policies. */
    public int trackedKeys() {
        return windows.size();
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_INTERVAL_MILLIS && lastSweep.compareAndSet(last, now)) {
            sweep(now);
        }
    }

    private void sweep(long now) {
        for (Entry entry : windows.keySet()) {
            long longest = policies.get(entry.policy()).longestWindow().toMillis();
            // Atomic per key: an entry that a request is updating at this moment is not removed under it.
            windows.computeIfPresent(entry, (e, w) -> w.idle(now, longest) ? null : w);
        }
    }
}
