/**
 * Outgoing mail: a queue of messages written in the same transaction as what caused them and sent after commit, with
 * retries, through Spring Boot's {@code spring.mail.*} settings (or into an outbox folder under the data directory when
 * none are set). Public API: {@link org.roleatlas.mail.Outbox} and {@link org.roleatlas.mail.Mail}; the counters
 * through {@link org.roleatlas.mail.MailStatistics}. Owns the {@code mail_queue} table. Knows no members:
 * callers pass the address.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.roleatlas.mail;
