package org.roleatlas.mail.internal;

import org.roleatlas.mail.Mail;
import org.roleatlas.mail.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Placeholder until the mail queue lands: logs what would be sent. */
@Component
class LoggingOutbox implements Outbox {

    private static final Logger log = LoggerFactory.getLogger(LoggingOutbox.class);

    @Override
    public void queue(Mail mail) {
        log.info("mail to {}: {}", mail.to(), mail.subject());
    }
}
