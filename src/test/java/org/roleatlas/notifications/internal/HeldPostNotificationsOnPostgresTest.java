package org.roleatlas.notifications.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class HeldPostNotificationsOnPostgresTest extends HeldPostNotificationsContract {
}
