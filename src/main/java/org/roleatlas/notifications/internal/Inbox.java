package org.roleatlas.notifications.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.roleatlas.accounts.Member;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.Posts;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.errors.BadRequestException;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What members do with their notifications, follows and settings; pages and the API both come here. */
@Service
class Inbox {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 10_000;

    private final NotificationRepository notifications;
    private final FollowRepository follows;
    private final SettingsRepository settings;
    private final UnsubscribeLinks links;
    private final Posts posts;
    private final Catalog catalog;
    private final Clock clock;

    Inbox(NotificationRepository notifications, FollowRepository follows, SettingsRepository settings,
          UnsubscribeLinks links, Posts posts, Catalog catalog, Clock clock) {
        this.notifications = notifications;
        this.follows = follows;
        this.settings = settings;
        this.links = links;
        this.posts = posts;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    InboxPage page(Member member, int number) {
        if (number < 1 || number > MAX_PAGE) {
            throw new InvalidFieldsException("page", "Page: a number from 1 to " + MAX_PAGE + ".");
        }
        List<Notification> rows = notifications.page(member.id(), (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        return new InboxPage(more ? rows.subList(0, PAGE_SIZE) : rows, number, more ? number + 1 : null,
                notifications.unread(member.id()));
    }

    /** @return the unread count after marking */
    @Transactional
    int markRead(Member member, Collection<Long> ids) {
        notifications.markRead(member.id(), ids, clock.instant());
        return notifications.unread(member.id());
    }

    @Transactional
    int markAllRead(Member member) {
        notifications.markAllRead(member.id(), clock.instant());
        return notifications.unread(member.id());
    }

    @Transactional(readOnly = true)
    Map<Kind, Delivery> settings(Member member) {
        return settings.settings(member.id());
    }

    /** @param chosen delivery keys by kind key; a kind left out keeps its setting */
    @Transactional
    void saveSettings(Member member, Map<String, String> chosen) {
        for (Kind kind : Kind.values()) {
            String key = chosen.get(kind.key());
            if (key != null) {
                Delivery delivery = Delivery.find(key).orElseThrow(() -> new InvalidFieldsException(kind.key(),
                        kind.label() + ": choose app, email or digest."));
                settings.set(member.id(), kind, delivery);
            }
        }
    }

    /** @throws NotFoundException unless the member may see the question */
    @Transactional
    boolean followQuestion(Member member, long questionId, boolean follow) {
        posts.find(new PostRef(PostKind.QUESTION, questionId), Viewer.of(member));
        if (follow) {
            follows.followQuestion(member.id(), questionId);
        } else {
            follows.unfollowQuestion(member.id(), questionId);
        }
        return follow;
    }

    /** @throws NotFoundException unless the member may see the question */
    @Transactional(readOnly = true)
    boolean followQuestionVisible(Member member, long questionId) {
        posts.find(new PostRef(PostKind.QUESTION, questionId), Viewer.of(member));
        return follows.followsQuestion(member.id(), questionId);
    }

    /** @throws NotFoundException unless the slug names a catalogue role */
    @Transactional
    boolean followRole(Member member, String slug, boolean follow) {
        role(slug);
        if (follow) {
            follows.followRole(member.id(), slug);
        } else {
            follows.unfollowRole(member.id(), slug);
        }
        return follow;
    }

    @Transactional(readOnly = true)
    boolean followsRole(Member member, String slug) {
        return follows.followsRole(member.id(), slug);
    }

    /** @return the role's display name */
    String role(String slug) {
        return catalog.snapshot().role(slug).map(r -> r.displayName())
                .orElseThrow(() -> new NotFoundException("There is no role '" + slug + "'."));
    }

    /**
     * Turns the linked email off: one kind, or every kind ({@code all}) for the digest's link. No sign-in: the link's
     * signature is the proof.
     *
     * @throws BadRequestException if the signature does not match the member and kind
     */
    @Transactional
    void unsubscribe(long memberId, String kind, String signature) {
        check(memberId, kind, signature);
        for (Kind k : Kind.values()) {
            if (UnsubscribeLinks.ALL.equals(kind) || k.key().equals(kind)) {
                settings.set(memberId, k, Delivery.APP);
            }
        }
    }

    /** @throws BadRequestException if the link is not one this site signed */
    void check(long memberId, String kind, String signature) {
        boolean known = UnsubscribeLinks.ALL.equals(kind) || Kind.find(kind).isPresent();
        if (!known || !links.valid(memberId, kind, signature)) {
            throw new BadRequestException("This unsubscribe link is not valid; change your email settings at "
                    + "/notifications/settings.");
        }
    }
}
