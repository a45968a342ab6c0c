package org.roleatlas.notifications.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class NotificationsOnH2Test extends NotificationsContract {
}
