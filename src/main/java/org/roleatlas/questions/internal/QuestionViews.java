package org.roleatlas.questions.internal;

import java.time.Instant;
import java.util.List;

import org.roleatlas.accounts.Signature;
import org.roleatlas.comments.CommentThread;
import org.roleatlas.posts.ModerationState;

/**
 * What pages and the API show of questions and answers (their comments: {@link CommentThread}). Public only
 * because the precompiled templates live in another package. A post carries its author's {@link Signature} (for an anonymous post: no name) and never the
 * author's id or username, so nothing downstream can reveal who wrote an anonymous post.
 */
public final class QuestionViews {

    private QuestionViews() {
    }

    public record RoleTag(String slug, String name) {
    }

    /**
     * @param mine whether the viewer wrote it (shows edit and delete, and no upvote button)
     * @param voted whether the viewer has upvoted it
     * @param moderation visible, held (awaiting review) or hidden (by a moderator); only the author and moderators
     *                   are ever shown a held or hidden post
     */
    public record Post(long id, String html, Signature signature, boolean mine, Instant createdAt, Instant editedAt,
                       int votes, boolean voted, CommentThread thread, ModerationState moderation) {

        public boolean held() {
            return moderation == ModerationState.HELD;
        }

        public boolean hidden() {
            return moderation == ModerationState.HIDDEN;
        }
    }

    /** @param views distinct visitors so far (written a few seconds late, see ViewCounter) */
    public record Question(Post post, String title, List<RoleTag> roles, int answerCount, List<Post> answers,
                           long views) {

        /** The same question with another view count: a stored page shows the count as it is now. */
        public Question withViews(long count) {
            return count == views ? this : new Question(post, title, roles, answerCount, answers, count);
        }

        /** The same question with its answers in another order. */
        public Question withAnswers(List<Post> ordered) {
            return new Question(post, title, roles, answerCount, ordered, views);
        }
    }

    public record Item(long id, String title, List<RoleTag> roles, int answerCount, int votes, int comments,
                       long views, Instant createdAt, Signature signature) {
    }

    /**
     * @param number the page number (from 1)
     * @param hasNext whether another page follows
     * @param nextBefore newest only: the {@code before} of the next page, or null on the last page
     */
    public record Page(List<Item> items, int number, boolean hasNext, Long nextBefore) {
    }

    /** A sort of a feed: its {@code sort=} key, its label and its first page. */
    public record Tab(String key, String label, String url, boolean current) {
    }

    /**
     * @param previousUrl null on the first page
     * @param nextUrl null on the last page
     * @param action where the role filter form goes
     * @param roleFilter whether the page offers the role filter (the role discussions page has its role in the path)
     */
    public record Links(List<Tab> tabs, String previousUrl, String nextUrl, String action, boolean roleFilter) {
    }
}
