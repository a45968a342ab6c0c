package org.roleatlas.views.internal;

import java.time.Duration;

import org.roleatlas.system.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param window        {@code roleatlas.views.window}: a visitor counts once per question in this time (1 s to 30 d)
 * @param flushInterval {@code roleatlas.views.flush-interval}: how often counted views are written (100 ms to 1 d)
 * @param maxRemembered {@code roleatlas.views.max-remembered}: how many recent (visitor, question) pairs are kept
 */
@ConfigurationProperties("roleatlas.views")
record ViewSettings(@DefaultValue("30m") Duration window, @DefaultValue("5s") Duration flushInterval,
                    @DefaultValue("200000") int maxRemembered) {

    ViewSettings {
        Settings.between("roleatlas.views.window", window, Duration.ofSeconds(1), Duration.ofDays(30));
        Settings.between("roleatlas.views.flush-interval", flushInterval, Duration.ofMillis(100), Duration.ofDays(1));
        Settings.between("roleatlas.views.max-remembered", maxRemembered, 1_000, 100_000_000);
    }
}
