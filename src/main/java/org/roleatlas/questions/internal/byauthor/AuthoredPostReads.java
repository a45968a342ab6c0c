package org.roleatlas.questions.internal.byauthor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.Viewer;
import org.roleatlas.questions.AuthoredPosts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of a member's posts: their questions and their answers (each on a question the viewer may see), as one
 * list newest first. Both halves walk the V15 author indexes. {@code named} leaves anonymous posts out in the SQL,
 * so a public member page can never list one.
 */
@Repository
class AuthoredPostReads implements AuthoredPosts {

    private final JdbcClient jdbc;

    AuthoredPostReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page page(long authorId, Viewer viewer, boolean named, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page " + page);
        }
        List<Post> rows = jdbc.sql("select kind, id, question_id, title, anonymous, moderation, created_at, vote_count "
                        + "from (" + questions(viewer, named) + " union all " + answers(viewer, named) + ") p "
                        + "order by created_at desc, id desc limit :limit offset :offset")
                .param("author", authorId).param("limit", PAGE_SIZE + 1).param("offset", (long) (page - 1) * PAGE_SIZE)
                .query((rs, n) -> post(rs)).list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext);
    }

    @Override
    public Counts counts(long authorId, Viewer viewer, boolean named) {
        int questions = jdbc.sql("select count(*) from (" + questions(viewer, named) + ") p")
                .param("author", authorId).query(Integer.class).single();
        int answers = jdbc.sql("select count(*) from (" + answers(viewer, named) + ") p")
                .param("author", authorId).query(Integer.class).single();
        return new Counts(questions, answers);
    }

    @Override
    public List<Long> namedAuthors(int max) {
        Viewer everyone = Viewer.PUBLIC;
        return jdbc.sql("select author_id, max(created_at) as latest from ("
                        + "select q.author_id, q.created_at from question q where q.anonymous = false and "
                        + everyone.sees("q")
                        + " union all select a.author_id, a.created_at from answer a join question q on q.id = "
                        + "a.question_id where a.anonymous = false and " + everyone.sees("a") + " and "
                        + everyone.sees("q") + ") p group by author_id order by latest desc, author_id limit :max")
                .param("max", max).query((rs, n) -> rs.getLong(1)).list();
    }

    private static String questions(Viewer viewer, boolean named) {
        return "select 'question' as kind, q.id, q.id as question_id, q.title, q.anonymous, q.moderation, "
                + "q.created_at, q.vote_count from question q where q.author_id = :author and " + viewer.sees("q")
                + (named ? " and q.anonymous = false" : "");
    }

    private static String answers(Viewer viewer, boolean named) {
        return "select 'answer' as kind, a.id, a.question_id, q.title, a.anonymous, a.moderation, a.created_at, "
                + "a.vote_count from answer a join question q on q.id = a.question_id where a.author_id = :author and "
                + viewer.sees("a") + " and " + viewer.sees("q") + (named ? " and a.anonymous = false" : "");
    }

    private static Post post(ResultSet rs) throws SQLException {
        return new Post(PostKind.of(rs.getString("kind").strip()), rs.getLong("id"), rs.getLong("question_id"),
                rs.getString("title"), rs.getBoolean("anonymous"), ModerationState.of(rs.getString("moderation")),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("vote_count"));
    }
}
