package org.roleatlas.moderation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** @throws org.roleatlas.system.errors.ForbiddenException unless the member is a moderator */
    ModerationViews.Queue queue(Member moderator) {
        Viewer viewer = Viewer.of(ModerationService.moderator(moderator));
        List<ModerationRepository.Flagged> flaggedPosts = repository.flagged(FLAGGED);
        // the posts and their flags, one query per kind of post however many are flagged
        Map<PostKind, Map<Long, ModeratedPost>> posts = new EnumMap<>(PostKind.class);
        Map<PostKind, Map<Long, List<ModerationRepository.OpenFlag>>> openFlags = new EnumMap<>(PostKind.class);
        for (PostKind kind : PostKind.values()) {
            List<Long> ids = flaggedPosts.stream().filter(f -> f.kind() == kind)
                    .map(ModerationRepository.Flagged::postId).toList();
            posts.put(kind, repository.posts(kind, ids, viewer));
            openFlags.put(kind, repository.openFlags(kind, ids));
        }
        List<FlaggedPost> flagged = new ArrayList<>();
        for (ModerationRepository.Flagged f : flaggedPosts) {
            ModeratedPost post = posts.get(f.kind()).get(f.postId());
            if (post == null) {
                continue; // deleted by its author since it was flagged: nothing left to moderate
            }
            Map<String, Integer> byReason = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>();
            for (ModerationRepository.OpenFlag flag : openFlags.get(f.kind()).getOrDefault(f.postId(), List.of())) {
                byReason.merge(label(flag.reason()), 1, Integer::sum);
                if (flag.note() != null) {
                    notes.add(flag.note());
                }
            }
            List<ReasonCount> reasons = byReason.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> new ReasonCount(e.getKey(), e.getValue())).toList();
            flagged.add(new FlaggedPost(view(post), f.flags(), reasons, notes));
        }
        List<QueuedPost> held = new ArrayList<>();
        for (PostKind kind : PostKind.values()) {
            repository.held(kind, HELD, viewer).stream().map(ModerationQueue::view).forEach(held::add);
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
