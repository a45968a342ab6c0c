package org.roleatlas.questions.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.posts.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the question feeds (every list of questions: newest, most viewed, most upvoted, unanswered, per role). Which questions a list may show is decided once, in {@link #LISTED}.
 */
@Repository
class QuestionFeedRepository {

    /**
     * The questions any feed may show: what the public sees ({@link Viewer}: not deleted, not hidden by a moderator,
     * not held for review), so a feed is the same for every reader.
     */
    static final String LISTED = Viewer.PUBLIC.sees("q") + " ";

    private final JdbcClient jdbc;
    private final QuestionRepository questions;

    QuestionFeedRepository(JdbcClient jdbc, QuestionRepository questions) {
        this.jdbc = jdbc;
        this.questions = questions;
    }

    /**
     * One page in two steps: first only the ids, walking the sort's index (V7) with limit and offset, so a deep page
     * skips index entries rather than rows; then the rows and role tags of just those ids.
     */
    List<QuestionRow> page(FeedQuery query, int limit, int offset) {
        StringBuilder sql = new StringBuilder("select q.id from question q ");
        List<Object> params = new ArrayList<>();
        if (query.role() != null) {
            sql.append("join question_role r on r.question_id = q.id and r.role_slug = ? ");
            params.add(query.role());
        }
        sql.append("where ").append(LISTED).append(query.sort().condition());
        if (query.before() != null) {
            sql.append("and q.id < ? ");
            params.add(query.before());
        }
        sql.append("order by ").append(query.sort().orderBy()).append(" limit ? offset ?");
        params.add(limit);
        params.add(offset);
        List<Long> ids = jdbc.sql(sql.toString()).params(params).query(Long.class).list();
        return questions.listRows(ids);
    }

    /** The ids of the listed questions, newest first. */
    List<Long> listedIds(int max) {
        return jdbc.sql("select q.id from question q where " + LISTED + "order by q.id desc limit ?").param(max)
                .query(Long.class).list();
    }

    /** The Markdown texts of these questions, by id (feed pages read no texts; a syndication feed needs them). */
    Map<Long, String> texts(List<Long> ids) {
        Map<Long, String> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, body_markdown from question where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> texts.put(rs.getLong(1), rs.getString(2))).list();
        }
        return texts;
    }
}
