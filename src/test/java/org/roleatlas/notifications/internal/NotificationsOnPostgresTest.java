package org.roleatlas.notifications.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class NotificationsOnPostgresTest extends NotificationsContract {
}
