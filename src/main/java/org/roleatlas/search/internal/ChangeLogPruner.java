package org.roleatlas.search.internal;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes search changes older than {@code roleatlas.search.change-retention} (default 7 days) once an hour, on one
 * node of the cluster at a time. A node that was away longer than that finds its position older than the log and
 * rebuilds its index at start ({@link IndexFollower}).
 */
@Component
@Lazy(false)
class ChangeLogPruner {

    private static final Logger log = LoggerFactory.getLogger(ChangeLogPruner.class);

    private final ChangeLog changes;
    private final Clock clock;
    private final Duration retention;

    ChangeLogPruner(ChangeLog changes, Clock clock,
                    @Value("${roleatlas.search.change-retention:P7D}") Duration retention) {
        if (retention.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("roleatlas.search.change-retention: '" + retention
                    + "' is out of range; keep changes for at least a minute (e.g. P7D, PT12H).");
        }
        this.changes = changes;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${roleatlas.search.prune-interval:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "search-change-prune", lockAtMostFor = "PT30M")
    public void prune() {
        int removed = changes.pruneBefore(clock.instant().minus(retention));
        if (removed > 0) {
            log.info("Pruned {} search changes older than {}", removed, retention);
        }
    }
}
