package org.roleatlas.system.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * The cluster-wide half of a rate limit on PostgreSQL: one Bucket4j bucket per (policy, member) in the
 * {@code rate_limit_bucket} table, read and written under {@code select ... for update}, so every node draws from
 * the same permits. Each limit is a bucket of {@code permits} refilled in full every window, counted from the
 * member's first request: N permits in a window are N, however they were spread over nodes. Buckets past their
 * window are deleted by {@link #removeExpired()}.
 */
final class SharedBuckets implements AutoCloseable {

    private final DataSource dataSource;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<String, BucketConfiguration> configurations = new HashMap<>();

    /**
     * @param dataSource a pool of its own: a request may hold its transaction's connection while it asks for a
     *                   permit, so permits must never wait for the request pool
     */
    SharedBuckets(DataSource dataSource, Iterable<RateLimitPolicy> policies, Clock clock) {
        this.dataSource = dataSource;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .clientClock(new ClockMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        for (RateLimitPolicy policy : policies) {
            var builder = BucketConfiguration.builder();
            for (RateLimitPolicy.Limit limit : policy.limits()) {
                builder.addLimit(Bandwidth.builder().capacity(limit.permits())
                        .refillIntervally(limit.permits(), limit.window()).build());
            }
            configurations.put(policy.name(), builder.build());
        }
    }

    /** @return 0 if a permit was taken, otherwise the milliseconds until one may be */
    long tryAcquire(String policy, String key) {
        BucketConfiguration configuration = configurations.get(policy);
        ConsumptionProbe probe = buckets.builder().build(policy + ":" + key, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill() / 1_000_000);
    }

    /** Deletes buckets whose windows have passed; @return how many */
    int removeExpired() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(1000);
            removed += batch;
        } while (batch == 1000);
        return removed;
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

    /** Bucket4j's time from the application's clock (tests move it). */
    private record ClockMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
