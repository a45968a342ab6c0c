package org.roleatlas.notifications.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class HeldPostNotificationsOnH2Test extends HeldPostNotificationsContract {
}
