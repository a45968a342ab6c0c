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
 */
@ConfigurationProperties("roleatlas.search")
record SearchSettings(Path indexDir, @DefaultValue("250ms") @DurationUnit(ChronoUnit.MILLIS) Duration pollInterval) {

    SearchSettings {
        Settings.require(indexDir == null || !indexDir.toString().isBlank(), "roleatlas.search.index-dir",
                "must name a directory", "");
        Settings.between("roleatlas.search.poll-interval", pollInterval, Duration.ofMillis(10), Duration.ofMinutes(1));
    }

    Path indexDir(ApplicationSettings application) {
        return indexDir != null ? indexDir : application.home().resolve("search");
    }
}
