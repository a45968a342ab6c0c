package org.roleatlas.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.Role;
import org.roleatlas.comments.CommentPosted;
import org.roleatlas.editing.SuggestionDecided;
import org.roleatlas.moderation.ModerationDecided;
import org.roleatlas.questions.AnswerPosted;
import org.roleatlas.questions.QuestionPosted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what members and moderators do into notifications, synchronously inside the publisher's transaction: a
 * notification commits with its cause or not at all. An anonymous author is "Someone" in every text; a post held for
 * review notifies nobody but its author until a moderator approves it.
 */
@Component
record NotificationEvents(Notifier notifier, FollowRepository follows, Members members, Catalog catalog) {

    @EventListener
    void asked(QuestionPosted q) {
        follows.followQuestion(q.authorId(), q.questionId());
        String actor = actor(q.authorId(), q.anonymous());
        String link = "/questions/" + q.questionId();
        List<Draft> drafts = new ArrayList<>();
        mentions(q.body() + "\n\n" + q.title(), actor + " mentioned you in the question “" + q.title() + "”", link,
                "question", q.questionId(), drafts);
        for (FollowRepository.RoleFollower f : follows.roleFollowers(q.roles())) {
            drafts.add(new Draft(f.memberId(), Kind.FOLLOWING, actor + " asked “" + q.title() + "” in "
                    + roleName(f.slug()), link, "question", q.questionId()));
        }
        notifier.notify(q.authorId(), !q.held(), drafts);
        if (q.held()) {
            heldNotice(q.authorId(), "question “" + q.title() + "”", link, "question", q.questionId());
        }
    }

    @EventListener
    void answered(AnswerPosted a) {
        follows.followQuestion(a.authorId(), a.questionId());
        String actor = actor(a.authorId(), a.anonymous());
        String link = "/questions/" + a.questionId() + "#answer-" + a.answerId();
        String title = "“" + a.questionTitle() + "”";
        List<Draft> drafts = new ArrayList<>();
        mentions(a.body(), actor + " mentioned you in an answer to " + title, link, "answer", a.answerId(), drafts);
        drafts.add(new Draft(a.questionAuthorId(), Kind.ANSWER, actor + " answered your question " + title, link,
                "answer", a.answerId()));
        for (long follower : follows.questionFollowers(a.questionId())) {
            drafts.add(new Draft(follower, Kind.FOLLOWING, actor + " answered " + title + ", a question you follow",
                    link, "answer", a.answerId()));
        }
        notifier.notify(a.authorId(), !a.held(), drafts);
        if (a.held()) {
            heldNotice(a.authorId(), "answer to " + title, link, "answer", a.answerId());
        }
    }

    @EventListener
    void commented(CommentPosted c) {
        String actor = actor(c.authorId(), c.anonymous());
        String link = c.page() + "#comment-" + c.commentId();
        String on = "question".equals(c.on()) && c.postTitle() != null ? "your question “" + c.postTitle() + "”"
                : "your " + c.on();
        List<Draft> drafts = new ArrayList<>();
        mentions(c.body(), actor + " mentioned you in a comment", link, "comment", c.commentId(), drafts);
        drafts.add(new Draft(c.postAuthorId(), Kind.COMMENT, actor + " commented on " + on, link, "comment",
                c.commentId()));
        notifier.notify(c.authorId(), !c.held(), drafts);
        if (c.held()) {
            heldNotice(c.authorId(), "comment", link, "comment", c.commentId());
        }
    }

    @EventListener
    void moderated(ModerationDecided d) {
        String kind = d.post().kind().table();
        String source = kind;
        long id = d.post().id();
        List<Draft> drafts = new ArrayList<>();
        switch (d.action()) {
            case "hide" -> {
                notifier.withdraw(source, id);
                drafts.add(new Draft(d.authorId(), Kind.MODERATION, "A moderator hid your " + kind
                        + ": only you and the moderators see it now", d.url(), source, id));
                d.flaggers().forEach(f -> drafts.add(new Draft(f, Kind.FLAG, "A moderator hid the " + kind
                        + " you flagged. Thank you", d.url(), source, id)));
            }
            case "unhide" -> {
                notifier.release(source, id);
                drafts.add(new Draft(d.authorId(), Kind.MODERATION, "A moderator made your " + kind
                        + " visible again", d.url(), source, id));
            }
            case "approve" -> {
                notifier.release(source, id);
                drafts.add(new Draft(d.authorId(), Kind.MODERATION, "A moderator approved your " + kind
                        + ": everyone can see it now", d.url(), source, id));
            }
            case "dismiss" -> d.flaggers().forEach(f -> drafts.add(new Draft(f, Kind.FLAG, "A moderator reviewed the "
                    + kind + " you flagged and left it up", d.url(), source, id)));
            default -> {
                return;
            }
        }
        // each recipient is told once: an author who also flagged their own post hears as its author
        notifier.notify(d.moderatorId(), true, drafts);
    }

    /** The member who suggested an edit of a role hears whether an editor accepted it, and why. */
    @EventListener
    void suggestionDecided(SuggestionDecided d) {
        String text = (d.accepted() ? "An editor accepted your suggested edit of " + d.roleTitle() + ": "
                : "An editor did not accept your suggested edit of " + d.roleTitle() + ": ") + d.reason();
        notifier.notify(d.editorId(), true, List.of(new Draft(d.proposerId(), Kind.SUGGESTION,
                text.length() > 500 ? text.substring(0, 499) + "…" : text, "/suggestions/" + d.suggestionId(),
                "suggestion", d.suggestionId())));
    }

    /** The author learns that the post waits for review: the system's doing, not their own action. */
    private void heldNotice(long authorId, String what, String link, String source, long id) {
        notifier.notify(0, true, List.of(new Draft(authorId, Kind.MODERATION, "Your " + what
                + " is awaiting review: others will see it once a moderator approves it", link, source, id)));
    }

    /** Existing members mentioned by @username; unknown names are ignored. */
    private void mentions(String markdown, String text, String link, String source, long id, List<Draft> drafts) {
        Set<String> names = Mentions.in(markdown);
        for (String name : names) {
            members.findByUsername(name).filter(Member::active)
                    .ifPresent(m -> drafts.add(new Draft(m.id(), Kind.MENTION, text, link, source, id)));
        }
    }

    /** Who did it, as the recipient may know: never the author of an anonymous post. */
    private String actor(long memberId, boolean anonymous) {
        if (anonymous) {
            return "Someone";
        }
        return members.find(memberId).map(m -> m.displayName() == null || m.displayName().isBlank() ? m.username()
                : m.displayName()).orElse("Someone");
    }

    private String roleName(String slug) {
        return catalog.snapshot().role(slug).map(Role::displayName).orElse(slug);
    }
}
