package org.roleatlas.mail.internal;

import java.time.Clock;

import org.roleatlas.mail.Mail;
import org.roleatlas.mail.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the message to {@code mail_queue} in the caller's transaction; once that commits, this node's sender is
 * woken to send it. A rolled-back transaction leaves no row, so nothing is sent.
 */
@Component
class QueuedOutbox implements Outbox {

    private final MailQueue queue;
    private final MailCounters counters;
    private final ObjectProvider<MailDelivery> delivery;
    private final Clock clock;

    QueuedOutbox(MailQueue queue, MailCounters counters, ObjectProvider<MailDelivery> delivery, Clock clock) {
        this.queue = queue;
        this.counters = counters;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Override
    public void queue(Mail mail) {
        queue.insert(mail, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed();
                }
            });
        } else {
            committed();
        }
    }

    private void committed() {
        counters.queued.incrementAndGet();
        delivery.ifAvailable(MailDelivery::wake);
    }
}
