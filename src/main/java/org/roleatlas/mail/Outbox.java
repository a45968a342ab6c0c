package org.roleatlas.mail;

/** Where the application leaves mail to be sent. */
public interface Outbox {

    /**
     * Queues a message in the caller's transaction: if that rolls back, nothing is sent. Sending happens after commit,
     * asynchronously, and is retried until the mail server takes it.
     */
    void queue(Mail mail);
}
