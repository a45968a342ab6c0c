package org.roleatlas.system;

/**
 * Who the page header greets: the signed-in member's username and name, their unread notification count (null
 * when nothing counts notifications) and whether they moderate, and the session's CSRF field for the Sign out button, or {@link #SIGNED_OUT}. Pages whose bytes are shared by every reader (the
 * comparison page) render without one, and the header then offers a neutral "Account" link.
 */
public record SiteHeader(String username, String displayName, Integer unread, boolean moderator,
                         String csrfParameter, String csrfToken) {

    public static final SiteHeader SIGNED_OUT = new SiteHeader(null, null, null, false, null, null);

    public boolean signedIn() {
        return username != null;
    }

    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    public boolean hasUnread() {
        return unread != null && unread > 0;
    }

    /** "99+" past 99, so the badge stays small. */
    public String unreadText() {
        return unread == null ? "" : unread > 99 ? "99+" : Integer.toString(unread);
    }
}
