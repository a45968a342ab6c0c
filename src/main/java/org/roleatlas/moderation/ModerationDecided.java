package org.roleatlas.moderation;

import java.util.List;

import org.roleatlas.posts.PostRef;

/**
 * A moderator acted on a post: {@code hide}, {@code unhide}, {@code approve} or {@code dismiss} (its flags). Published
 * inside the moderator's transaction, after {@link PostModerated}.
 *
 * @param url      where the post is shown
 * @param flaggers the members whose open flags this action closed (hide and dismiss), else empty
 */
public record ModerationDecided(PostRef post, String action, long moderatorId, long authorId, String url,
                                List<Long> flaggers) {

    public ModerationDecided {
        flaggers = List.copyOf(flaggers);
    }
}
