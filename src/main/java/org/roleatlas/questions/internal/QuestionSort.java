package org.roleatlas.questions.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.roleatlas.system.errors.BadRequestException;

/**
 * The orders of the question feeds. Each order ends with the id, so ties have one stable order and a page never
 * repeats or skips a question; each has an index that reads in exactly this order (V7__views_and_feeds.sql), and
 * one on the role tags for a role's feed, whose copies of the sort columns (V23) are aliased {@code r}.
 */
enum QuestionSort {

    // deleted_at is null in every listed row, so it changes nothing in the order; naming it makes H2 walk the
    // covering index (id desc, deleted_at) instead of the primary key, whose entries are whole rows (10x slower)
    NEWEST("Newest", "", "q.id desc, q.deleted_at", "r.question_id desc"),
    VIEWS("Most viewed", "", "q.view_count desc, q.id desc", "r.view_count desc, r.question_id desc"),
    VOTES("Most upvoted", "", "q.vote_count desc, q.id desc", "r.vote_count desc, r.question_id desc"),
    // answer_count is 0 for every row here; ordering by it too matches the index (answer_count, id desc), so H2
    // walks that index from the first unanswered question instead of sorting them all
    UNANSWERED("Unanswered", "and q.answer_count = 0 ", "q.answer_count, q.id desc",
            "r.answer_count, r.question_id desc");

    private final String label;
    private final String condition;
    private final String orderBy;
    private final String roleOrderBy;

    QuestionSort(String label, String condition, String orderBy, String roleOrderBy) {
        this.label = label;
        this.condition = condition;
        this.orderBy = orderBy;
        this.roleOrderBy = roleOrderBy;
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

    /** The same order on the role tags' copies (alias {@code r}). */
    String roleOrderBy() {
        return roleOrderBy;
    }

    /** {@link #condition()} on the role tags' copies. */
    String roleCondition() {
        return condition.replace("q.", "r.");
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
