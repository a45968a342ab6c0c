package org.roleatlas.posts;

import java.util.Locale;

/** Where a post stands with the moderators; stored in the {@code moderation} column of every post table. */
public enum ModerationState {
    /** Shown to everyone. */
    VISIBLE,
    /** Awaiting review (a member's first posts, see moderation.PostHolds): shown to its author and moderators. */
    HELD,
    /** Hidden by a moderator: shown to its author and moderators. */
    HIDDEN;

    /** The stored value: visible, held or hidden. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a value no migration writes */
    public static ModerationState of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
