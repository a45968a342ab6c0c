package org.roleatlas.search.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.roleatlas.search.ContentChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the {@code search_change} table. */
@Repository
class ChangeLog {

    /** One row of the log. */
    record Change(long id, String type, String key) {
    }

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the caller's transaction (JdbcClient joins it), so the row commits with the write it describes. */
    void append(String type, String key, Instant now) {
        jdbc.sql("insert into search_change (content_type, content_key, changed_at) values (?, ?, ?)")
                .params(type, key, Timestamp.from(now)).update();
    }

    List<Change> after(long id, int limit) {
        return jdbc.sql("select id, content_type, content_key from search_change where id > ? order by id limit " + limit)
                .param(id).query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Rows whose ids were skipped earlier: transactions that had taken an id but not committed yet. */
    List<Change> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, content_type, content_key from search_change where id in (:ids) order by id")
                .param("ids", ids).query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * The highest id written before {@code before}: a rebuild starts following the log from here, so it re-applies
     * the last moments' changes (harmless: applying a change reloads the item) rather than risk missing one that was
     * still uncommitted when the rebuild read the content.
     */
    /**
     * The id of the latest "everything changed" row that has committed. A rebuild that starts reading after this
     * covers it: the bulk write it announces committed before the row did.
     */
    long lastEverything() {
        return jdbc.sql("select coalesce(max(id), 0) from search_change where content_type = ?")
                .param(ContentChanged.EVERYTHING).query(Long.class).single();
    }

    long lastIdBefore(Instant before) {
        long id = jdbc.sql("select coalesce(max(id), 0) from search_change where changed_at < ?").param(Timestamp.from(before))
                .query(Long.class).single();
        return id;
    }

    /** The lowest id still in the log, 0 when it is empty. */
    long oldestId() {
        return jdbc.sql("select coalesce(min(id), 0) from search_change").query(Long.class).single();
    }

    long newestId() {
        return jdbc.sql("select coalesce(max(id), 0) from search_change").query(Long.class).single();
    }

    /** When the first change after {@code id} was written, if there is one. */
    java.util.Optional<Instant> firstChangeAfter(long id) {
        return jdbc.sql("select min(changed_at) from search_change where id > ?").param(id).query(Timestamp.class)
                .optional().map(Timestamp::toInstant);
    }

    /** Deletes changes written before {@code before}, always keeping the newest row (it tells nodes where the log is). */
    int pruneBefore(Instant before) {
        return jdbc.sql("delete from search_change where changed_at < ? and id < (select max(id) from search_change)")
                .param(Timestamp.from(before)).update();
    }
}
