package org.roleatlas.questions;

import java.time.Instant;
import java.util.List;

import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.Viewer;

/**
 * One member's questions and answers, newest first, for member pages and "My posts". Every read applies the one
 * visibility rule ({@link Viewer}): an answer is listed only if the viewer may also see its question.
 */
public interface AuthoredPosts {

    int PAGE_SIZE = 20;

    /**
     * @param named true for what the public reads about a member (their anonymous posts are never listed, whoever
     *              reads); false for the author's own list, anonymous posts included
     * @param page  from 1
     */
    Page page(long authorId, Viewer viewer, boolean named, int page);

    /** How many questions and answers {@link #page} lists over all its pages. */
    Counts counts(long authorId, Viewer viewer, boolean named);

    /** Members with at least one post the public sees under their name, most recent writers first. */
    List<Long> namedAuthors(int max);

    /**
     * @param questionId the question itself, or the question an answer is on
     * @param title      the question's title (for an answer: the title of its question)
     */
    record Post(PostKind kind, long id, long questionId, String title, boolean anonymous, ModerationState moderation,
                Instant createdAt, int votes) {

        public String url() {
            return kind == PostKind.QUESTION ? "/questions/" + id : "/questions/" + questionId + "#answer-" + id;
        }

        public boolean question() {
            return kind == PostKind.QUESTION;
        }
    }

    record Page(List<Post> posts, int number, boolean hasNext) {

        public Page {
            posts = List.copyOf(posts);
        }
    }

    record Counts(int questions, int answers) {
    }
}
