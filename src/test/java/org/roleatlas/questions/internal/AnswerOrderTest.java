package org.roleatlas.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.accounts.Signature;
import org.roleatlas.comments.CommentThread;
import org.roleatlas.posts.ModerationState;
import org.roleatlas.questions.internal.QuestionViews.Post;
import org.roleatlas.questions.internal.QuestionViews.Tab;

class AnswerOrderTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static Post answer(long id, int minutes, int votes) {
        return new Post(id, "<p>" + id + "</p>", new Signature("CTO", "Software", "11–50", "A" + id), false,
                T.plusSeconds(60L * minutes), null, votes, false,
                new CommentThread("answer", id, 0, List.of(), 0, null), ModerationState.VISIBLE);
    }

    private final List<Post> answers = List.of(answer(1, 0, 2), answer(2, 5, 9), answer(3, 10, 2), answer(4, 15, 0));

    private static List<Long> ids(List<Post> posts) {
        return posts.stream().map(Post::id).toList();
    }

    @Test
    void votesPutTheMostUpvotedFirstAndBreakTiesOldestFirst() {
        assertThat(ids(AnswerOrder.VOTES.sort(answers))).containsExactly(2L, 1L, 3L, 4L);
    }

    @Test
    void oldestAndNewestFollowTheTimeOfPosting() {
        assertThat(ids(AnswerOrder.OLDEST.sort(answers))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ids(AnswerOrder.NEWEST.sort(answers))).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void anUnknownOrMissingValueReadsAsVotes() {
        assertThat(AnswerOrder.of(null)).isEqualTo(AnswerOrder.VOTES);
        assertThat(AnswerOrder.of("sideways")).isEqualTo(AnswerOrder.VOTES);
        assertThat(AnswerOrder.of(" Newest ")).isEqualTo(AnswerOrder.NEWEST);
    }

    @Test
    void theTabsLinkToEachOrderAndMarkTheCurrentOne() {
        List<Tab> tabs = AnswerOrder.tabs(7, AnswerOrder.OLDEST);
        assertThat(tabs).extracting(Tab::url).containsExactly("/questions/7#answers",
                "/questions/7?answers=oldest#answers", "/questions/7?answers=newest#answers");
        assertThat(tabs).extracting(Tab::current).containsExactly(false, true, false);
    }
}
