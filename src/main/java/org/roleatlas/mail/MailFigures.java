package org.roleatlas.mail;

/**
 * What this node's mail queue has done since it started.
 *
 * @param queued    messages committed to the queue by this node
 * @param attempts  times a message was handed to the mail server (or written to the outbox folder)
 * @param retried   attempts that failed and were scheduled again
 * @param delivered messages the mail server took
 */
public record MailFigures(long queued, long attempts, long retried, long delivered) {

    @Override
    public String toString() {
        return "queued " + queued + ", attempts " + attempts + ", retried " + retried + ", delivered " + delivered;
    }
}
