package org.roleatlas.questions.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.roleatlas.questions.internal.QuestionViews.Post;

/**
 * The order of a question page's answers ({@code ?answers=votes|oldest|newest}): most upvoted first by default
 * (ties oldest first), or by time. An unknown value reads as the default, so an old or mistyped link still shows the
 * question.
 */
enum AnswerOrder {
    VOTES("Votes", Comparator.comparingInt(Post::votes).reversed().thenComparing(Post::createdAt).thenComparingLong(Post::id)),
    OLDEST("Oldest", Comparator.comparing(Post::createdAt).thenComparingLong(Post::id)),
    NEWEST("Newest", Comparator.comparing(Post::createdAt).thenComparingLong(Post::id).reversed());

    private final String label;
    private final Comparator<Post> order;

    AnswerOrder(String label, Comparator<Post> order) {
        this.label = label;
        this.order = order;
    }

    static AnswerOrder of(String value) {
        for (AnswerOrder o : values()) {
            if (o.key().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        return VOTES;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String label() {
        return label;
    }

    List<Post> sort(List<Post> answers) {
        return answers.stream().sorted(order).toList();
    }

    /** The tabs above the answers, the current one marked. */
    static List<QuestionViews.Tab> tabs(long questionId, AnswerOrder current) {
        return Arrays.stream(values()).map(o -> new QuestionViews.Tab(o.key(), o.label(),
                "/questions/" + questionId + (o == VOTES ? "" : "?answers=" + o.key()) + "#answers", o == current))
                .toList();
    }
}
