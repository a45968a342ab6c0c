package org.roleatlas.notifications.internal;

import java.time.Instant;

/** One notification as the inbox, the API and mail read it. */
public record Notification(long id, long memberId, Kind kind, String text, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
