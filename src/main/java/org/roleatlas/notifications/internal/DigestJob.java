package org.roleatlas.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest. Every few minutes each server looks for members with digest notifications not mailed yet whose
 * last digest went out before today (UTC, by the application clock). Per member, in one transaction, it claims the
 * day with a conditional update of {@code digest_sent_at}, queues one mail and marks its notifications mailed: a second
 * run, or another node, finds the day claimed and sends nothing, and a rollback leaves both unclaimed.
 */
@Component
@ConditionalOnWebApplication
class DigestJob {

    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);

    private final NotificationRepository notifications;
    private final SettingsRepository settings;
    private final Mailer mailer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigestJob(NotificationRepository notifications, SettingsRepository settings, Mailer mailer,
              TransactionTemplate transactions, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${roleatlas.notifications.digest-check:5m}",
            fixedDelayString = "${roleatlas.notifications.digest-check:5m}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Daily digests: {}; trying again at the next check", e.toString());
        }
    }

    /** @return how many digests this call queued */
    int sendDue() {
        int sent = 0;
        for (long member : notifications.membersWithDigest()) {
            Boolean queued = transactions.execute(status -> send(member));
            if (Boolean.TRUE.equals(queued)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long member) {
        Instant now = clock.instant();
        Instant startOfDay = now.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        if (!settings.claimDigest(member, startOfDay, now)) {
            return false;
        }
        List<Notification> items = notifications.digest(member);
        boolean queued = mailer.digest(member, items);
        // without an address the items are still marked: they are in the inbox, and a later address starts afresh
        notifications.markMailed(items.stream().map(Notification::id).toList(), now);
        return queued;
    }
}
