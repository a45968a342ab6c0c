package org.roleatlas.community.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.roleatlas.system.BadRequestException;

/**
 * The orders of the question feeds. Each order ends with the id, so ties have one stable order and a page never
 * repeats or skips a question; each has an index that reads in exactly this order (V7__views_and_feeds.sql).
 */
enum QuestionSort {

    NEWEST("Newest", "", "q.id desc"),
    VIEWS("Most viewed", "", "q.view_count desc, q.id desc"),
    VOTES("Most upvoted", "", "q.vote_count desc, q.id desc"),
    UNANSWERED("Unanswered", "and q.answer_count = 0 ", "q.id desc");

    private final String label;
    private final String condition;
    private final String orderBy;

    QuestionSort(String label, String condition, String orderBy) {
        this.label = label;
        this.condition = condition;
        this.orderBy = orderBy;
    }

    /** As in {@code ?sort=views}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String label() {
        return label;
    }

    /** Extra conditions after the "listed" ones, starting with {@code and}, or empty. */
    String condition() {
        return condition;
    }

    String orderBy() {
        return orderBy;
    }

    /** Null or blank is the default, newest; anything unknown is a 400 naming the parameter. */
    static QuestionSort parse(String value) {
        if (value == null || value.isBlank()) {
            return NEWEST;
        }
        return Arrays.stream(values()).filter(s -> s.key().equals(value)).findFirst()
                .orElseThrow(() -> new BadRequestException("Parameter 'sort' must be one of "
                        + Arrays.stream(values()).map(QuestionSort::key).collect(Collectors.joining(", "))
                        + ", got '" + value + "'."));
    }
}
