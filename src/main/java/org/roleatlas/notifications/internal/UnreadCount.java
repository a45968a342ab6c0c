package org.roleatlas.notifications.internal;

import org.roleatlas.system.UnreadNotifications;
import org.springframework.stereotype.Component;

/** The header's unread count: one count over the {@code notification_unread} index. */
@Component
class UnreadCount implements UnreadNotifications {

    private final NotificationRepository notifications;

    UnreadCount(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public int count(long memberId) {
        return notifications.unread(memberId);
    }
}
