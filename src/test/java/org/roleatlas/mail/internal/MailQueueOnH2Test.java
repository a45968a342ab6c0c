package org.roleatlas.mail.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class MailQueueOnH2Test extends MailQueueContract {
}
