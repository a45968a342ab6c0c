package org.roleatlas.community.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.roleatlas.accounts.Signature;
import org.roleatlas.community.QuestionFeed;
import org.roleatlas.community.internal.Views.Item;
import org.roleatlas.community.internal.Views.RoleTag;
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
class HomeHighlights implements QuestionFeed {

    static final int SIZE = 5;

    private final QuestionReads reads;
    /** One entry, the highlights, expiring on the application's clock; null when nothing is kept. */
    private final LoadingCache<Boolean, Highlights> cached;

    HomeHighlights(QuestionReads reads, FeedSettings settings, Clock clock) {
        this.reads = reads;
        Duration ttl = settings.homeCache();
        this.cached = ttl.isZero() ? null : Caffeine.newBuilder().expireAfterWrite(ttl)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build(key -> read());
    }

    @Override
    public Highlights highlights() {
        return cached == null ? read() : cached.get(Boolean.TRUE);
    }

    private Highlights read() {
        return new Highlights(read(QuestionSort.NEWEST), read(QuestionSort.VIEWS));
    }

    private List<Question> read(QuestionSort sort) {
        return reads.page(new FeedQuery(sort, null, null, 1), SIZE).items().stream().map(HomeHighlights::question)
                .toList();
    }

    private static Question question(Item i) {
        Signature s = i.signature();
        String signedBy = (s.isAnonymous() ? "Anonymous" : s.displayName()) + " · " + s.text();
        return new Question(i.id(), i.title(), i.roles().stream().map(RoleTag::name).toList(), i.views(), i.votes(),
                i.comments(), i.answerCount(), signedBy);
    }
}
