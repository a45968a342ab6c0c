package org.roleatlas.mail.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class MailQueueOnPostgresTest extends MailQueueContract {
}
