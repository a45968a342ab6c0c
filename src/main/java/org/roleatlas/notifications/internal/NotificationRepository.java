package org.roleatlas.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code notification} table: writing, the inbox, the unread count, reading, visibility and mailing marks. */
@Repository
class NotificationRepository {

    /** Notifications that follow their post's visibility; notices about moderation are always shown. */
    private static final String FOLLOWS_POST = "kind not in ('moderation', 'flag')";
    private static final String COLUMNS = "id, member_id, kind, text, link, created_at, read_at";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Draft draft, boolean visible, Delivery delivery, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into notification (member_id, kind, text, link, source_kind, source_id, visible, delivery, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(draft.recipient(), draft.kind().key(), clip(draft.text(), 600), clip(draft.link(), 300),
                        draft.sourceKind(), draft.sourceId(), visible, delivery.key(), Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** One indexed count (notification_unread). */
    int unread(long memberId) {
        return jdbc.sql("select count(*) from notification where member_id = ? and read_at is null and visible = true")
                .param(memberId).query(Integer.class).single();
    }

    /** A page of the member's visible notifications, newest first; {@code limit + 1} rows say whether more follow. */
    List<Notification> page(long memberId, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where member_id = ? and visible = true "
                        + "order by id desc limit " + limit + " offset " + offset)
                .param(memberId).query(this::row).list();
    }

    /** @return how many of the member's notifications this marked read */
    int markRead(long memberId, Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update notification set read_at = :now where member_id = :member and id in (:ids) "
                        + "and read_at is null")
                .param("now", Timestamp.from(now)).param("member", memberId).param("ids", ids).update();
    }

    int markAllRead(long memberId, Instant now) {
        return jdbc.sql("update notification set read_at = ? where member_id = ? and read_at is null and visible = true")
                .params(Timestamp.from(now), memberId).update();
    }

    /** The post became visible (approved, unhidden): its notifications show; @return those to mail at once. */
    List<Notification> release(String sourceKind, long sourceId) {
        List<Long> ids = jdbc.sql("select id from notification where source_kind = ? and source_id = ? "
                        + "and visible = false and " + FOLLOWS_POST)
                .params(sourceKind, sourceId).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("update notification set visible = true where id in (:ids)").param("ids", ids).update();
        return jdbc.sql("select " + COLUMNS + " from notification where id in (:ids) and delivery = 'email' "
                + "and mailed_at is null order by id").param("ids", ids).query(this::row).list();
    }

    /** The post was hidden: its notifications no longer show. */
    void withdraw(String sourceKind, long sourceId) {
        jdbc.sql("update notification set visible = false where source_kind = ? and source_id = ? and " + FOLLOWS_POST)
                .params(sourceKind, sourceId).update();
    }

    void markMailed(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update notification set mailed_at = :now where id in (:ids)")
                    .param("now", Timestamp.from(now)).param("ids", ids).update();
        }
    }

    /** Members with visible digest notifications not mailed yet. */
    List<Long> membersWithDigest() {
        return jdbc.sql("select distinct member_id from notification where delivery = 'digest' and mailed_at is null "
                + "and visible = true order by member_id").query(Long.class).list();
    }

    List<Notification> digest(long memberId) {
        return jdbc.sql("select " + COLUMNS + " from notification where delivery = 'digest' and mailed_at is null "
                        + "and visible = true and member_id = ? order by id")
                .param(memberId).query(this::row).list();
    }

    private Notification row(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), rs.getLong("member_id"), Kind.find(rs.getString("kind")).orElseThrow(),
                rs.getString("text"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
