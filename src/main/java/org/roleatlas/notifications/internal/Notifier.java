package org.roleatlas.notifications.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Writes notifications in the caller's transaction: one per member per post (the first draft for a member wins, so
 * callers list the most specific first: a mention before "answered your question" before "a question you follow"),
 * never to the member who acted, each delivered as the recipient's settings say.
 */
@Component
record Notifier(NotificationRepository notifications, SettingsRepository settings, Mailer mailer, Clock clock) {

    /**
     * @param actorId the member whose action this is (0 for none): never notified
     * @param visible false while the post waits for review: written now, shown (and mailed) once it is approved
     */
    void notify(long actorId, boolean visible, List<Draft> drafts) {
        Map<Long, Draft> byRecipient = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            if (draft.recipient() != actorId && draft.recipient() > 0) {
                byRecipient.putIfAbsent(draft.recipient(), draft);
            }
        }
        List<Notification> mailNow = new ArrayList<>();
        for (Draft draft : byRecipient.values()) {
            Delivery delivery = settings.delivery(draft.recipient(), draft.kind());
            long id = notifications.insert(draft, visible, delivery, clock.instant());
            if (visible && delivery == Delivery.EMAIL) {
                mailNow.add(new Notification(id, draft.recipient(), draft.kind(), draft.text(), draft.link(),
                        clock.instant(), null));
            }
        }
        mailer.now(mailNow);
    }

    /** The post became visible: its waiting notifications show, and those meant for email go now. */
    void release(String sourceKind, long sourceId) {
        mailer.now(notifications.release(sourceKind, sourceId));
    }

    void withdraw(String sourceKind, long sourceId) {
        notifications.withdraw(sourceKind, sourceId);
    }
}
