/**
 * Moderation: the {@code flag} and {@code moderation_log} tables and the {@code moderation} state of every post;
 * members' flags ({@code /{kind}/{id}/flags}, {@code /api/{kind}/{id}/flags}), the queue and moderators' actions
 * ({@code /moderation}, {@code /api/moderation/**}: hide, unhide, approve, dismiss), suspending members (through
 * {@code accounts.Members}), and holding a member's first posts for review.
 *
 * <p>Public API: {@link org.roleatlas.moderation.PostHolds} (the state a new post starts in) and the events
 * {@link org.roleatlas.moderation.PostModerated} and {@link org.roleatlas.moderation.ModerationDecided} (who acted on
 * whose post, and whose flags that closed). The visibility rule itself is {@code posts.Viewer}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package org.roleatlas.moderation;
