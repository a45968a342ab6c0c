package org.roleatlas.mail.internal;

import java.time.Duration;

import org.roleatlas.system.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from         {@code roleatlas.mail.from}: the sender of every message
 * @param send         {@code roleatlas.mail.send}: whether this node sends queued mail (false: it only queues, and
 *                     another node sharing the database sends)
 * @param pollInterval {@code roleatlas.mail.poll-interval}: how often the queue is looked at for mail that is due
 *                     (mail queued on this node is sent at once after commit; this picks up retries and other nodes')
 * @param firstRetry   {@code roleatlas.mail.first-retry}: the wait after a first failed attempt; each further failure
 *                     doubles it
 * @param maxRetry     {@code roleatlas.mail.max-retry}: the longest wait between attempts
 * @param lease        {@code roleatlas.mail.lease}: how long a claimed message is left to its sender before another
 *                     may take it (a node that died while sending)
 */
@ConfigurationProperties("roleatlas.mail")
record MailSettings(@DefaultValue("RoleAtlas <no-reply@localhost>") String from, @DefaultValue("true") boolean send,
                    @DefaultValue("5s") Duration pollInterval, @DefaultValue("30s") Duration firstRetry,
                    @DefaultValue("1h") Duration maxRetry, @DefaultValue("5m") Duration lease) {

    MailSettings {
        Settings.require(from != null && from.contains("@"), "roleatlas.mail.from", "an address such as "
                + "'RoleAtlas <no-reply@roles.example.com>'", from);
        Settings.between("roleatlas.mail.poll-interval", pollInterval, Duration.ofMillis(10), Duration.ofHours(1));
        Settings.between("roleatlas.mail.first-retry", firstRetry, Duration.ofMillis(10), Duration.ofDays(1));
        Settings.between("roleatlas.mail.max-retry", maxRetry, firstRetry, Duration.ofDays(7));
        Settings.between("roleatlas.mail.lease", lease, Duration.ofSeconds(1), Duration.ofHours(1));
    }

    /** The wait after the given number of failed attempts: first-retry doubled for each earlier failure, capped. */
    Duration backoff(int failures) {
        Duration wait = firstRetry;
        for (int i = 1; i < failures && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
