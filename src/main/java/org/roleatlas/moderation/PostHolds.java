package org.roleatlas.moderation;

import org.roleatlas.accounts.Member;
import org.roleatlas.posts.ModerationState;

/**
 * Which posts wait for review before anyone but their author and moderators sees them
 * ({@code roleatlas.moderation.hold-first-posts}). Modules that store posts ask before inserting one.
 */
public interface PostHolds {

    /** The moderation state a new post of this author starts in: visible, or held. */
    ModerationState stateOfNewPost(Member author);
}
