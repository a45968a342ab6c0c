package org.roleatlas.mail.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.roleatlas.mail.Mail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL on {@code mail_queue}. A sender claims one row at a time with a conditional update that only succeeds while
 * the row is unsent, due and not leased to another sender, so on one database (H2 or PostgreSQL, however many nodes)
 * a row is handed to one sender at a time. The claim token identifies that claim: a sender whose lease ran out cannot
 * mark a row another sender has since claimed.
 */
@Repository
class MailQueue {

    /** A row claimed for sending. */
    record Claimed(long id, Mail mail, int attempts, String claimToken) {
    }

    private final JdbcClient jdbc;

    MailQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction, if any. */
    long insert(Mail mail, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into mail_queue (recipient, subject, body, unsubscribe_url, created_at, next_attempt_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(mail.to(), mail.subject(), mail.text(), mail.unsubscribeUrl(), Timestamp.from(now),
                        Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Ids of unsent rows that are due and not leased, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("select id from mail_queue where sent_at is null and next_attempt_at <= ? "
                        + "and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id limit " + limit)
                .params(Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).list();
    }

    /** @return the row, if this call claimed it; empty if it was sent, not due or claimed by someone else meanwhile */
    Optional<Claimed> claim(long id, Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        int claimed = jdbc.sql("update mail_queue set claim_token = ?, claimed_until = ? where id = ? and sent_at is null "
                        + "and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)")
                .params(token, Timestamp.from(now.plus(lease)), id, Timestamp.from(now), Timestamp.from(now))
                .update();
        if (claimed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select recipient, subject, body, unsubscribe_url, attempts from mail_queue where id = ?")
                .param(id)
                .query((rs, n) -> new Claimed(id, new Mail(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), rs.getInt(5), token))
                .optional();
    }

    void sent(Claimed row, Instant now) {
        jdbc.sql("update mail_queue set sent_at = ?, attempts = attempts + 1, claim_token = null, claimed_until = null, "
                        + "last_error = null where id = ? and claim_token = ?")
                .params(Timestamp.from(now), row.id(), row.claimToken())
                .update();
    }

    void failed(Claimed row, Instant nextAttempt, String error) {
        String message = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        jdbc.sql("update mail_queue set attempts = attempts + 1, next_attempt_at = ?, claim_token = null, "
                        + "claimed_until = null, last_error = ? where id = ? and claim_token = ?")
                .params(Timestamp.from(nextAttempt), message, row.id(), row.claimToken())
                .update();
    }

    /** Unsent rows, for the log and tests. */
    long waiting() {
        return jdbc.sql("select count(*) from mail_queue where sent_at is null").query(Long.class).single();
    }
}
