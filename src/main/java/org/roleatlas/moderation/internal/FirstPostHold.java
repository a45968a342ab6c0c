package org.roleatlas.moderation.internal;

import org.roleatlas.accounts.Authority;
import org.roleatlas.accounts.Member;
import org.roleatlas.moderation.PostHolds;
import org.roleatlas.posts.ModerationState;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code roleatlas.moderation.hold-first-posts=N}: a member's first N posts (questions, answers and comments
 * together) are held for review, seen only by the author and moderators until a moderator approves them. 0, the
 * default, holds nothing. Moderators' posts are never held. Deleted and already approved posts count too: it is
 * the member's first posts that are held, not any N at a time.
 */
@Component
@EnableConfigurationProperties(HoldSettings.class)
class FirstPostHold implements PostHolds {

    private final int holdFirst;
    private final JdbcClient jdbc;

    FirstPostHold(HoldSettings settings, JdbcClient jdbc) {
        this.holdFirst = settings.holdFirstPosts();
        this.jdbc = jdbc;
    }

    @Override
    public ModerationState stateOfNewPost(Member author) {
        if (holdFirst == 0 || author.authorities().contains(Authority.MODERATOR)) {
            return ModerationState.VISIBLE;
        }
        int written = jdbc.sql("select (select count(*) from question where author_id = ?) "
                        + "+ (select count(*) from answer where author_id = ?) "
                        + "+ (select count(*) from comment where author_id = ?)")
                .params(author.id(), author.id(), author.id()).query(Integer.class).single();
        return written < holdFirst ? ModerationState.HELD : ModerationState.VISIBLE;
    }
}
