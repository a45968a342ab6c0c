package org.roleatlas.home.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.roleatlas.accounts.Signature;
import org.roleatlas.questions.QuestionFeed;
import org.roleatlas.questions.internal.QuestionViews.Item;
import org.roleatlas.questions.internal.QuestionViews.RoleTag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.roleatlas.questions.internal.FeedQuery;
import org.roleatlas.questions.internal.QuestionReads;
import org.roleatlas.questions.internal.QuestionSort;

/**
 * The home page's questions, kept for {@code roleatlas.feeds.home-cache} (default 10 s): the home page is the most
 * visited page, and a question asked a few seconds ago can wait that long to appear there (it is on /questions at
 * once). Two small index reads per period, however many visitors.
 */
@Component
class HomeHighlights implements QuestionFeed {

    static final int SIZE = 5;

    private record Cached(Highlights highlights, long until) {
    }

    private final QuestionReads reads;
    private final long ttlMillis;
    private final Clock clock = Clock.systemUTC();
    private volatile Cached cached = new Cached(null, Long.MIN_VALUE);

    HomeHighlights(QuestionReads reads, @Value("${roleatlas.feeds.home-cache:10s}") Duration ttl) {
        this.reads = reads;
        this.ttlMillis = ttl.toMillis();
    }

    @Override
    public Highlights highlights() {
        long now = clock.millis();
        Cached current = cached;
        if (current.until() > now) {
            return current.highlights();
        }
        // Several requests may refresh at once when it expires; each reads the same few rows, none waits.
        Highlights fresh = new Highlights(read(QuestionSort.NEWEST), read(QuestionSort.VIEWS));
        cached = new Cached(fresh, now + ttlMillis);
        return fresh;
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
