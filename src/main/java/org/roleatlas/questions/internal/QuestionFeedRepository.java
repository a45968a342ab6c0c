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
     * One page in two steps: first only the ids, walking the sort's index with limit and offset, so a deep page
     * skips index entries rather than rows; then the rows and role tags of just those ids. The whole feed walks the
     * question indexes (V7); a role's feed walks the role tags alone, which carry copies of the sort columns and of
     * whether the question is listed (V23, {@link RoleFeedCopies}), so it never reads or sorts the role's questions.
     */
    List<QuestionRow> page(FeedQuery query, int limit, int offset) {
        return questions.listRows(pageIds(query, limit, offset));
    }

    List<Long> pageIds(FeedQuery query, int limit, int offset) {
        PageSql page = pageSql(query, limit, offset);
        return jdbc.sql(page.sql()).params(page.params()).query(Long.class).list();
    }

    /** The statement that reads a page's ids, and its parameters (for {@code explain} as well). */
    record PageSql(String sql, List<Object> params) {
    }

    static PageSql pageSql(FeedQuery query, int limit, int offset) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        String id;
        if (query.role() != null) {
            id = "r.question_id";
            sql.append("select r.question_id from question_role r where r.role_slug = ? and r.listed = true ")
                    .append(query.sort().roleCondition());
            params.add(query.role());
        } else {
            id = "q.id";
            sql.append("select q.id from question q where ").append(LISTED).append(query.sort().condition());
        }
        if (query.before() != null) {
            sql.append("and ").append(id).append(" < ? ");
            params.add(query.before());
        }
        String orderBy = query.role() != null ? query.sort().roleOrderBy() : query.sort().orderBy();
        sql.append("order by ").append(orderBy).append(" limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return new PageSql(sql.toString(), params);
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
