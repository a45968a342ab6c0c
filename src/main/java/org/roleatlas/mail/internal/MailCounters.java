package org.roleatlas.mail.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.roleatlas.mail.MailFigures;
import org.roleatlas.mail.MailStatistics;
import org.springframework.stereotype.Component;

/** This node's mail counters since start. */
@Component
class MailCounters implements MailStatistics {

    final AtomicLong queued = new AtomicLong();
    final AtomicLong attempts = new AtomicLong();
    final AtomicLong retried = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();

    @Override
    public MailFigures figures() {
        return new MailFigures(queued.get(), attempts.get(), retried.get(), delivered.get());
    }
}
