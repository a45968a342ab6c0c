package org.roleatlas.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due in {@code mail_queue}, one row at a time, each claimed first ({@link MailQueue#claim}). A failed
 * attempt is tried again after {@link MailSettings#backoff}, without end: mail waits while the server is down and is
 * sent once it is back. One thread per node; it runs every poll interval and at once when this node queued mail.
 */
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;

    private final MailQueue queue;
    private final MailTransport transport;
    private final MailSettings settings;
    private final MailCounters counters;
    private final Clock clock;
    private final AtomicBoolean woken = new AtomicBoolean();
    private ScheduledExecutorService executor;

    MailDelivery(MailQueue queue, MailTransport transport, MailSettings settings, MailCounters counters, Clock clock) {
        this.queue = queue;
        this.transport = transport;
        this.settings = settings;
        this.counters = counters;
        this.clock = clock;
    }

    synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "mail-delivery");
                thread.setDaemon(true);
                return thread;
            });
            long every = settings.pollInterval().toMillis();
            executor.scheduleWithFixedDelay(this::sendDueQuietly, 0, every, TimeUnit.MILLISECONDS);
        }
    }

    synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    /** Mail was committed on this node: send it now rather than at the next poll. */
    void wake() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
        }
        if (running != null && woken.compareAndSet(false, true)) {
            running.execute(() -> {
                woken.set(false);
                sendDueQuietly();
            });
        }
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) { // the database away for a moment: the next poll tries again
            log.warn("mail: could not read the queue: {}", e.toString());
        }
    }

    /** Sends every row that is due now, batch after batch. @return how many this call delivered */
    int sendDue() {
        int delivered = 0;
        while (true) {
            Instant now = clock.instant();
            List<Long> due = queue.due(now, BATCH);
            int claimedAny = 0;
            for (long id : due) {
                var claimed = queue.claim(id, clock.instant(), settings.lease());
                if (claimed.isEmpty()) {
                    continue; // another sender has it, or sent it
                }
                claimedAny++;
                if (attempt(claimed.get())) {
                    delivered++;
                }
            }
            if (due.size() < BATCH || claimedAny == 0) {
                return delivered;
            }
        }
    }

    private boolean attempt(MailQueue.Claimed row) {
        counters.attempts.incrementAndGet();
        try {
            transport.send(row.id(), row.mail());
        } catch (Exception e) {
            int failures = row.attempts() + 1;
            Instant next = clock.instant().plus(settings.backoff(failures));
            queue.failed(row, next, e.toString());
            counters.retried.incrementAndGet();
            log.warn("mail {}: attempt {} failed ({}); next attempt at {}", row.id(), failures, e.getMessage(), next);
            return false;
        }
        queue.sent(row, clock.instant());
        counters.delivered.incrementAndGet();
        return true;
    }
}
