package org.roleatlas.home.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.roleatlas.questions.QuestionFeed;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * The home page's questions, kept for {@code roleatlas.feeds.home-cache} (default 10 s): the home page is the most
 * visited page, and a question asked a few seconds ago can wait that long to appear there (it is on /questions at
 * once). Two small index reads per period, however many visitors: when the kept questions expire, one request
 * reads them again while the others asking at that moment wait for it. 0 s reads them on every visit.
 */
@Component
@EnableConfigurationProperties(FeedSettings.class)
class HomeHighlights {

    static final int SIZE = 5;

    private final QuestionFeed feed;
    /** One entry, the highlights, expiring on the application's clock; null when nothing is kept. */
    private final LoadingCache<Boolean, Highlights> cached;

    HomeHighlights(QuestionFeed feed, FeedSettings settings, Clock clock) {
        this.feed = feed;
        Duration ttl = settings.homeCache();
        this.cached = ttl.isZero() ? null : Caffeine.newBuilder().expireAfterWrite(ttl)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build(key -> read());
    }

    /** The highlights; may be a few seconds old (see decisions/0011). */
    Highlights highlights() {
        return cached == null ? read() : cached.get(Boolean.TRUE);
    }

    private Highlights read() {
        return new Highlights(feed.newest(SIZE), feed.mostViewed(SIZE));
    }
}
