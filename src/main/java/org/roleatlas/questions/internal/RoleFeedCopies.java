package org.roleatlas.questions.internal;

import java.util.Collection;
import java.util.List;

import org.roleatlas.posts.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps the copies on {@code question_role} that the role-filtered feeds sort and filter by (V23: {@code listed},
 * {@code view_count}, {@code vote_count}, {@code answer_count}) equal to their question. Every write that changes one
 * of them on {@code question}, or a question's tags, calls {@link #refresh} in its own transaction, after the change;
 * the copy is always read from the question row, so a missed delta can never accumulate.
 */
@Repository
class RoleFeedCopies {

    private static final String FROM_QUESTION = " from question q where q.id = question_role.question_id)";

    /** One statement per question; the subqueries read the question by its primary key. */
    static final String REFRESH = "update question_role set "
            + "listed = (select case when " + Viewer.PUBLIC.sees("q") + " then true else false end" + FROM_QUESTION
            + ", view_count = (select q.view_count" + FROM_QUESTION
            + ", vote_count = (select q.vote_count" + FROM_QUESTION
            + ", answer_count = (select q.answer_count" + FROM_QUESTION
            + " where question_id = ?";

    private final JdbcTemplate jdbc;

    RoleFeedCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void refresh(long questionId) {
        jdbc.update(REFRESH, questionId);
    }

    /** Many questions in one JDBC batch (a flush of view counts). */
    void refresh(Collection<Long> questionIds) {
        if (!questionIds.isEmpty()) {
            List<Object[]> args = questionIds.stream().map(id -> new Object[] {id}).toList();
            jdbc.batchUpdate(REFRESH, args);
        }
    }
}
