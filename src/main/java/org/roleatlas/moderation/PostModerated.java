package org.roleatlas.moderation;

import org.roleatlas.posts.PostRef;

/**
 * A moderator hid, unhid or approved a post: what shows under it follows its visibility. Published inside the
 * moderator's transaction; the modules that index posts for search listen synchronously, so their change log rows
 * commit with it (docs/decisions/0015).
 */
public record PostModerated(PostRef post) {
}
