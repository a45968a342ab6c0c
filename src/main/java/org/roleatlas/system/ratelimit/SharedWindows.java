package org.roleatlas.system.ratelimit;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cluster-wide rate limits on PostgreSQL: per (policy, member) one row of {@code rate_limit_bucket} holding
 * the times of the member's recent permits (a sliding log), read and written under {@code select ... for update}
 * so every node sees every other's. A request is allowed when, for every limit, fewer than {@code permits} of those
 * times lie within the last {@code window}: an exact sliding window across the cluster, so "60 a minute" never
 * allows a 61st in any 60 seconds, however the requests were spread over nodes and wherever a minute is said to
 * start. (A token bucket refilled each window, which this replaced, allowed up to twice the limit across a
 * window's boundary.) Rows past their longest window are deleted by {@link #removeExpired()}.
 */
final class SharedWindows implements AutoCloseable {

    /** Marks the state written by this class ("RASL", version 1); anything else is read as no permits yet. */
    private static final int FORMAT = 0x5241534C;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, List<RateLimitPolicy.Limit>> limits = new HashMap<>();

    /**
     * @param dataSource a pool of its own: a request may hold its transaction's connection while it asks for a
     *                   permit, so permits must never wait for the request pool
     */
    SharedWindows(DataSource dataSource, Iterable<RateLimitPolicy> policies, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
        for (RateLimitPolicy policy : policies) {
            limits.put(policy.name(), policy.limits());
        }
    }

    /** @return 0 if a permit was taken, otherwise the milliseconds until one may be */
    long tryAcquire(String policy, String key) {
        List<RateLimitPolicy.Limit> policyLimits = limits.get(policy);
        String id = policy + ":" + key;
        Long wait = transactions.execute(status -> {
            long now = clock.millis();
            jdbc.sql("insert into rate_limit_bucket (id, state, expires_at) values (:id, null, :now) "
                    + "on conflict (id) do nothing").param("id", id).param("now", now).update();
            List<byte[]> state = jdbc.sql("select state from rate_limit_bucket where id = :id for update")
                    .param("id", id).query((rs, n) -> rs.getBytes(1)).list();
            long[] times = recent(decode(state.isEmpty() ? null : state.get(0)), policyLimits, now);
            long waitMillis = waitMillis(times, policyLimits, now);
            if (waitMillis == 0) {
                long[] updated = Arrays.copyOf(times, times.length + 1);
                updated[times.length] = now;
                Arrays.sort(updated); // another node's clock may be a little behind this one's
                jdbc.sql("update rate_limit_bucket set state = :state, expires_at = :expires where id = :id")
                        .param("state", encode(updated)).param("expires", now + longestWindow(policyLimits))
                        .param("id", id).update();
            }
            return waitMillis;
        });
        return wait == null ? 0 : wait;
    }

    /**
     * How long until every limit has room for one more permit: for a limit of N in W, the N-th most recent permit
     * must be at least W ago. @param times ascending
     */
    static long waitMillis(long[] times, List<RateLimitPolicy.Limit> limits, long now) {
        long wait = 0;
        for (RateLimitPolicy.Limit limit : limits) {
            int permits = limit.permits();
            if (times.length >= permits) {
                long nthMostRecent = times[times.length - permits];
                wait = Math.max(wait, nthMostRecent + limit.window().toMillis() - now);
            }
        }
        return Math.max(0, wait);
    }

    /** The times that can still count: within the longest window, and no more than the largest limit's permits. */
    static long[] recent(long[] times, List<RateLimitPolicy.Limit> limits, long now) {
        long since = now - longestWindow(limits);
        int keep = limits.stream().mapToInt(RateLimitPolicy.Limit::permits).max().orElse(0);
        long[] within = Arrays.stream(times).filter(t -> t > since).sorted().toArray();
        return within.length <= keep ? within : Arrays.copyOfRange(within, within.length - keep, within.length);
    }

    private static long longestWindow(List<RateLimitPolicy.Limit> limits) {
        return limits.stream().mapToLong(l -> l.window().toMillis()).max().orElse(0);
    }

    static byte[] encode(long[] times) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 8 * times.length).putInt(FORMAT);
        for (long time : times) {
            buffer.putLong(time);
        }
        return buffer.array();
    }

    static long[] decode(byte[] state) {
        if (state == null || state.length < 4 || (state.length - 4) % 8 != 0) {
            return new long[0];
        }
        ByteBuffer buffer = ByteBuffer.wrap(state);
        if (buffer.getInt() != FORMAT) {
            return new long[0]; // a bucket of the Bucket4j layout an earlier release wrote
        }
        long[] times = new long[(state.length - 4) / 8];
        for (int i = 0; i < times.length; i++) {
            times[i] = buffer.getLong();
        }
        return times;
    }

    /** Deletes rows whose windows have passed; @return how many */
    int removeExpired() {
        return jdbc.sql("delete from rate_limit_bucket where expires_at < :now").param("now", clock.millis()).update();
    }

    @Override
    public void close() {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the rate-limit connections", e);
            }
        }
    }
}
