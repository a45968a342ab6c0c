package org.roleatlas.search.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.roleatlas.system.ApplicationSettings;
import org.roleatlas.system.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * @param indexDir     {@code roleatlas.search.index-dir}: where this node keeps its index (default: {@code search}
 *                     under the data directory)
 * @param pollInterval {@code roleatlas.search.poll-interval}: how often the indexer looks for other nodes' writes
 *                     (a bare number is milliseconds; 10 ms to 1 min)
 * @param warmUp       {@code roleatlas.search.warm-up}: whether a node runs searches against its own index before
 *                     readiness reports up (only on an index of a few thousand documents or more)
 * @param warmUpLimit  {@code roleatlas.search.warm-up-limit}: the longest the warm-up may delay readiness (0 to 5 min)
 */
@ConfigurationProperties("roleatlas.search")
record SearchSettings(Path indexDir, @DefaultValue("250ms") @DurationUnit(ChronoUnit.MILLIS) Duration pollInterval,
                      @DefaultValue("true") boolean warmUp,
                      @DefaultValue("15s") @DurationUnit(ChronoUnit.SECONDS) Duration warmUpLimit) {

    SearchSettings {
        Settings.require(indexDir == null || !indexDir.toString().isBlank(), "roleatlas.search.index-dir",
                "must name a directory", "");
        Settings.between("roleatlas.search.poll-interval", pollInterval, Duration.ofMillis(10), Duration.ofMinutes(1));
        Settings.between("roleatlas.search.warm-up-limit", warmUpLimit, Duration.ZERO, Duration.ofMinutes(5));
    }

    Path indexDir(ApplicationSettings application) {
        return indexDir != null ? indexDir : application.home().resolve("search");
    }
}
