package org.roleatlas.search.internal;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index's part of this node's readiness ({@code searchIndex} in {@code /actuator/health/readiness}):
 * down until the indexer has built its index if it needed one and applied every change the log held when it
 * started, so a balancer sends no searches to a node that would miss recent posts. Also the index lag gauges,
 * {@code roleatlas.search.index.lag.changes} and {@code roleatlas.search.index.lag.seconds}.
 */
@Component("searchIndexHealthIndicator")
class SearchHealth implements HealthIndicator {

    private final IndexFollower follower;
    private final ChangeLog changes;
    private final Clock clock;

    SearchHealth(IndexFollower follower, ChangeLog changes, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.follower = follower;
        this.changes = changes;
        this.clock = clock;
        meters.ifAvailable(registry -> {
            Gauge.builder("roleatlas.search.index.lag.changes", this, SearchHealth::lagChanges)
                    .description("Changes in the log this node's index has not applied yet").register(registry);
            Gauge.builder("roleatlas.search.index.lag.seconds", this, SearchHealth::lagSeconds)
                    .description("Age of the oldest change this node's index has not applied yet").register(registry);
        });
    }

    @Override
    public Health health() {
        long applied = follower.highestApplied();
        Health.Builder health = follower.caughtUp() ? Health.up() : Health.outOfService();
        return health.withDetail("appliedChange", applied).withDetail("lagChanges", (long) lagChanges()).build();
    }

    double lagChanges() {
        long applied = follower.highestApplied();
        return applied < 0 ? changes.newestId() : Math.max(0, changes.newestId() - applied);
    }

    double lagSeconds() {
        long applied = Math.max(0, follower.highestApplied());
        return changes.firstChangeAfter(applied)
                .map(at -> Math.max(0, Duration.between(at, clock.instant()).toMillis() / 1000.0)).orElse(0.0);
    }
}
