package org.roleatlas.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification_setting}, {@code notification_digest} and {@code notification_secret} tables. */
@Repository
class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind with its delivery; kinds without a row are delivered in the inbox only. */
    Map<Kind, Delivery> settings(long memberId) {
        Map<Kind, Delivery> settings = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            settings.put(kind, Delivery.APP);
        }
        jdbc.sql("select kind, delivery from notification_setting where member_id = ?").param(memberId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list()
                .forEach(row -> Kind.find(row[0]).ifPresent(kind -> settings.put(kind,
                        Delivery.find(row[1]).orElse(Delivery.APP))));
        return settings;
    }

    Delivery delivery(long memberId, Kind kind) {
        return jdbc.sql("select delivery from notification_setting where member_id = ? and kind = ?")
                .params(memberId, kind.key()).query(String.class).optional().flatMap(Delivery::find)
                .orElse(Delivery.APP);
    }

    /** Replaces the member's row for the kind; a member's digest bookkeeping row is made with the first digest. */
    void set(long memberId, Kind kind, Delivery delivery) {
        jdbc.sql("delete from notification_setting where member_id = ? and kind = ?").params(memberId, kind.key())
                .update();
        if (delivery != Delivery.APP) {
            jdbc.sql("insert into notification_setting (member_id, kind, delivery) values (?, ?, ?)")
                    .params(memberId, kind.key(), delivery.key()).update();
        }
        if (delivery == Delivery.DIGEST) {
            jdbc.sql("insert into notification_digest (member_id) select ? from (values (1)) as one (x) "
                    + "where not exists (select 1 from notification_digest where member_id = ?)")
                    .params(memberId, memberId).update();
        }
    }

    /**
     * Claims today's digest for the member: sets {@code digest_sent_at} only if no digest went out since
     * {@code startOfDay}. Of several nodes (or runs) only one sees an update count of 1.
     */
    boolean claimDigest(long memberId, Instant startOfDay, Instant now) {
        return jdbc.sql("update notification_digest set digest_sent_at = ? where member_id = ? "
                        + "and (digest_sent_at is null or digest_sent_at < ?)")
                .params(Timestamp.from(now), memberId, Timestamp.from(startOfDay)).update() == 1;
    }

    /** The key links were signed with before the nodes' shared keys held it (read only: none is made here). */
    Optional<String> secret() {
        return jdbc.sql("select secret from notification_secret where id = 1").query(String.class).optional();
    }
}
