package org.roleatlas.moderation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.accounts.Member;
import org.roleatlas.moderation.internal.ModerationViews.FlaggedPost;
import org.roleatlas.moderation.internal.ModerationViews.LogLine;
import org.roleatlas.moderation.internal.ModerationViews.QueuedPost;
import org.roleatlas.moderation.internal.ModerationViews.ReasonCount;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.Viewer;
import org.springframework.stereotype.Component;

/**
 * The moderation queue: posts with open flags (most flags first, with counts by reason and the members' notes),
 * posts held for review (oldest first) and the latest moderator actions. For moderators only.
 */
@Component
class ModerationQueue {

    static final int FLAGGED = 200;
    static final int HELD = 100;
    static final int LOG = 50;

    private final ModerationRepository repository;

    ModerationQueue(ModerationRepository repository) {
        this.repository = repository;
    }

    /** @throws org.roleatlas.system.ForbiddenException unless the member is a moderator */
    ModerationViews.Queue queue(Member moderator) {
        Viewer viewer = Viewer.of(ModerationService.moderator(moderator));
        List<FlaggedPost> flagged = new ArrayList<>();
        for (ModerationRepository.Flagged f : repository.flagged(FLAGGED)) {
            Optional<ModeratedPost> post = repository.post(f.kind(), f.postId(), viewer);
            if (post.isEmpty()) {
                continue; // deleted by its author since it was flagged: nothing left to moderate
            }
            Map<String, Integer> byReason = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>();
            for (ModerationRepository.OpenFlag flag : repository.openFlags(f.kind(), f.postId())) {
                byReason.merge(label(flag.reason()), 1, Integer::sum);
                if (flag.note() != null) {
                    notes.add(flag.note());
                }
            }
            List<ReasonCount> reasons = byReason.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> new ReasonCount(e.getKey(), e.getValue())).toList();
            flagged.add(new FlaggedPost(view(post.get()), f.flags(), reasons, notes));
        }
        List<QueuedPost> held = new ArrayList<>();
        for (PostKind kind : PostKind.values()) {
            for (long id : repository.held(kind, HELD)) {
                repository.post(kind, id, viewer).map(ModerationQueue::view).ifPresent(held::add);
            }
        }
        List<LogLine> log = repository.recentLog(LOG).stream().map(e -> new LogLine(e.moderator(), e.action(),
                e.member() != null ? "member " + e.member() : e.postKind() + " " + e.postId(), e.reason(), e.at()))
                .toList();
        return new ModerationViews.Queue(flagged, held, log);
    }

    static QueuedPost view(ModeratedPost post) {
        boolean question = post.kind() == PostKind.QUESTION;
        return new QueuedPost(post.kind().table(), post.id(), post.url(), question ? post.excerpt() : null,
                question ? null : post.excerpt(), post.moderation().key());
    }

    private static String label(String reasonKey) {
        return FlagReason.parse(reasonKey).map(FlagReason::label).orElse(reasonKey);
    }
}
