package org.roleatlas.system;

/**
 * How many unread notifications a member has, for the count in every page's header. Implemented by the module that
 * keeps notifications; without one, the header shows none.
 */
public interface UnreadNotifications {

    int count(long memberId);
}
