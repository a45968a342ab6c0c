package org.roleatlas.notifications.internal;

import java.util.List;

/** A page of the inbox, newest first; {@code nextPage} is null on the last page. */
public record InboxPage(List<Notification> items, int number, Integer nextPage, int unread) {
}
