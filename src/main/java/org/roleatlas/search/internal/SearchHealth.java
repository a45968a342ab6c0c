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
 * started, so a balancer sends no searches to a node that would miss recent posts, and then until the
 * {@link SearchWarmUp warm-up} has run, so that the first visitors do not wait for the JIT. Also the index lag gauges,
 * {@code roleatlas.search.index.lag.changes} and {@code roleatlas.search.index.lag.seconds}.
 */
@Component("searchIndexHealthIndicator")
class SearchHealth implements HealthIndicator {

    private final IndexFollower follower;
    private final ChangeLog changes;
    private final Clock clock;
    private final SearchWarmUp warmUp;

    SearchHealth(IndexFollower follower, ChangeLog changes, Clock clock, SearchWarmUp warmUp,
                 ObjectProvider<MeterRegistry> meters) {
        this.follower = follower;
        this.warmUp = warmUp;
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
        boolean warm = warmUp.finished();
        Health.Builder health = follower.caughtUp() && warm ? Health.up() : Health.outOfService();
        SearchWarmUp.Outcome outcome = warmUp.outcome();
        String warmUpState = !follower.caughtUp() ? "waiting" : !warm ? "running"
                : outcome == null ? "done" : outcome.reason();
        return health.withDetail("appliedChange", applied).withDetail("lagChanges", (long) lagChanges())
                .withDetail("warmUp", warmUpState).build();
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
