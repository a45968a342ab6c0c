package org.roleatlas.moderation.internal;

import java.time.Instant;
import java.util.List;

/** What the moderation queue shows. Public only because the precompiled templates live in another package. */
public final class ModerationViews {

    private ModerationViews() {
    }

    /**
     * A post as a moderator reads it in the queue.
     *
     * @param kind question, answer or comment
     * @param title the question's title (plain text), or null for answers and comments
     * @param html the answer's or comment's sanitised HTML, or null for questions
     * @param moderation visible, held or hidden
     */
    public record QueuedPost(String kind, long id, String url, String title, String html, String moderation) {
    }

    public record ReasonCount(String reason, int count) {
    }

    /** @param notes the members' notes, plain text */
    public record FlaggedPost(QueuedPost post, int flags, List<ReasonCount> reasons, List<String> notes) {
    }

    /** @param target "question 4", "member ada" */
    public record LogLine(String moderator, String action, String target, String reason, Instant at) {
    }

    public record Queue(List<FlaggedPost> flagged, List<QueuedPost> held, List<LogLine> log) {
    }
}
