package org.roleatlas.articles.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.system.RoleTagTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** All SQL of articles. Deleted articles are never returned, except where a slug or a shipped file is matched. */
@Repository
class ArticleRepository {

    /** An article's role tags, in the order the author gave them. */
    static final RoleTagTable ROLES = new RoleTagTable("article_role", "article_id");

    /** What start-up needs to know of a shipped article's row, deleted or not. */
    record ShippedState(long id, String origin, String shippedHash, boolean edited, boolean deleted) {
    }

    /** One saved version, for the edit history. */
    record Revision(int number, String title, String summary, String bodyMarkdown, String roles, Long editorId,
                    Instant createdAt) {
    }

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String slug, ArticleRules.Checked article, Long authorId, boolean published, String origin,
                String shippedHash, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp at = Timestamp.from(now);
        jdbc.sql("insert into article (slug, title, summary, body_markdown, author_id, status, origin, shipped_hash, "
                        + "edited, revision, created_at, updated_at, published_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, false, 1, ?, ?, ?)")
                .params(slug, article.title(), article.summary(), article.body(), authorId, status(published), origin,
                        shippedHash, at, at, published ? at : null)
                .update(key, "id");
        long id = key.getKey().longValue();
        saveRevision(id, 1, article, authorId, now);
        ROLES.replace(jdbc, id, article.roles());
        return id;
    }

    /** Saves a new version; {@code editedByMember} marks a shipped article as changed here (upgrades leave it). */
    void update(ArticleRow before, ArticleRules.Checked article, Long editorId, boolean editedByMember,
                String shippedHash, Instant now) {
        int revision = before.revision() + 1;
        jdbc.sql("update article set title = ?, summary = ?, body_markdown = ?, revision = ?, updated_at = ?, "
                        + "edited = (edited or ?), shipped_hash = coalesce(?, shipped_hash) where id = ?")
                .params(article.title(), article.summary(), article.body(), revision, Timestamp.from(now),
                        editedByMember, shippedHash, before.id())
                .update();
        saveRevision(before.id(), revision, article, editorId, now);
        ROLES.replace(jdbc, before.id(), article.roles());
    }

    /** @return whether this call published it (false if it already was) */
    boolean publish(long id, Instant now) {
        return jdbc.sql("update article set status = 'published', published_at = ? where id = ? and status = 'draft'")
                .params(Timestamp.from(now), id).update() == 1;
    }

    void delete(long id, Instant now) {
        jdbc.sql("update article set deleted_at = ? where id = ? and deleted_at is null")
                .params(Timestamp.from(now), id).update();
    }

    Optional<ArticleRow> bySlug(String slug) {
        return withRoles(jdbc.sql("select * from article where slug = ? and deleted_at is null").param(slug)
                .query((rs, n) -> row(rs)).list()).stream().findFirst();
    }

    /** The articles with these slugs, in one query (and one for their role tags); deleted ones are not there. */
    List<ArticleRow> bySlugs(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return withRoles(jdbc.sql("select * from article where slug in (:slugs) and deleted_at is null")
                .param("slugs", slugs).query((rs, n) -> row(rs)).list());
    }

    Optional<ArticleRow> byId(long id) {
        return withRoles(jdbc.sql("select * from article where id = ? and deleted_at is null").param(id)
                .query((rs, n) -> row(rs)).list()).stream().findFirst();
    }

    /** Deleted articles keep their slug: an old link never lands on a different article. */
    boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from article where slug = ?").param(slug).query(Integer.class).single() > 0;
    }

    Optional<ShippedState> shippedState(String slug) {
        return jdbc.sql("select id, origin, shipped_hash, edited, deleted_at from article where slug = ?").param(slug)
                .query((rs, n) -> new ShippedState(rs.getLong("id"), rs.getString("origin"),
                        rs.getString("shipped_hash"), rs.getBoolean("edited"), rs.getTimestamp("deleted_at") != null))
                .optional();
    }

    /** Published articles, newest first; with a role, only those tagged with it. */
    List<ArticleRow> published(String role, int offset, int limit) {
        String sql = role == null
                ? "select * from article where status = 'published' and deleted_at is null"
                : "select a.* from article a join article_role r on r.article_id = a.id and r.role_slug = ? "
                + "where a.status = 'published' and a.deleted_at is null";
        JdbcClient.StatementSpec statement = jdbc.sql(sql + " order by published_at desc, id desc limit " + limit
                + " offset " + offset);
        if (role != null) {
            statement = statement.param(role);
        }
        return withRoles(statement.query((rs, n) -> row(rs)).list());
    }

    long countPublished() {
        return jdbc.sql("select count(*) from article where status = 'published' and deleted_at is null")
                .query(Long.class).single();
    }

    List<ArticleRow> drafts(int limit) {
        return withRoles(jdbc.sql("select * from article where status = 'draft' and deleted_at is null "
                + "order by updated_at desc, id desc limit " + limit).query((rs, n) -> row(rs)).list());
    }

    List<Revision> revisions(long articleId) {
        return jdbc.sql("select * from article_revision where article_id = ? order by revision desc").param(articleId)
                .query((rs, n) -> new Revision(rs.getInt("revision"), rs.getString("title"), rs.getString("summary"),
                        rs.getString("body_markdown"), rs.getString("roles"), nullableLong(rs, "editor_id"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private void saveRevision(long id, int revision, ArticleRules.Checked article, Long editorId, Instant now) {
        jdbc.sql("insert into article_revision (article_id, revision, title, summary, body_markdown, roles, editor_id, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, revision, article.title(), article.summary(), article.body(),
                        String.join(",", article.roles()), editorId, Timestamp.from(now))
                .update();
    }

    /** Role tags of all the rows in one query. */
    private List<ArticleRow> withRoles(List<ArticleRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> byArticle = ROLES.read(jdbc, rows.stream().map(ArticleRow::id).toList());
        return rows.stream().map(r -> r.withRoles(byArticle.getOrDefault(r.id(), List.of()))).toList();
    }

    private static String status(boolean published) {
        return published ? "published" : "draft";
    }

    private static ArticleRow row(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new ArticleRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getString("body_markdown"), nullableLong(rs, "author_id"), "published".equals(rs.getString("status")),
                rs.getInt("revision"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), published == null ? null : published.toInstant(), List.of());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
