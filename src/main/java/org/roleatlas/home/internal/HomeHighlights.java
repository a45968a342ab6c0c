package org.roleatlas.home.internal;

import java.time.Clock;
import java.time.Duration;

import org.roleatlas.questions.QuestionFeed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The home page's questions, kept for {@code roleatlas.feeds.home-cache} (default 10 s): the home page is the most
 * visited page, and a question asked a few seconds ago can wait that long to appear there (it is on /questions at
 * once). Two small index reads per period, however many visitors.
 */
@Component
class HomeHighlights {

    static final int SIZE = 5;

    private record Cached(Highlights highlights, long until) {
    }

    private final QuestionFeed feed;
    private final long ttlMillis;
    private final Clock clock = Clock.systemUTC();
    private volatile Cached cached = new Cached(null, Long.MIN_VALUE);

    HomeHighlights(QuestionFeed feed, @Value("${roleatlas.feeds.home-cache:10s}") Duration ttl) {
        this.feed = feed;
        this.ttlMillis = ttl.toMillis();
    }

    /** The highlights; may be a few seconds old (see decisions/0011). */
    Highlights highlights() {
        long now = clock.millis();
        Cached current = cached;
        if (current.until() > now) {
            return current.highlights();
        }
        // Several requests may refresh at once when it expires; each reads the same few rows, none waits.
        Highlights fresh = new Highlights(feed.newest(SIZE), feed.mostViewed(SIZE));
        cached = new Cached(fresh, now + ttlMillis);
        return fresh;
    }
}
