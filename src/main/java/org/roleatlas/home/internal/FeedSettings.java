package org.roleatlas.home.internal;

import java.time.Duration;

import org.roleatlas.system.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param homeCache {@code roleatlas.feeds.home-cache}: how long the home page's questions are kept (0 s to 1 h)
 */
@ConfigurationProperties("roleatlas.feeds")
record FeedSettings(@DefaultValue("10s") Duration homeCache) {

    FeedSettings {
        Settings.between("roleatlas.feeds.home-cache", homeCache, Duration.ZERO, Duration.ofHours(1));
    }
}
