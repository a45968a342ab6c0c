package org.roleatlas.notifications.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.roleatlas.mail.Mail;
import org.roleatlas.mail.Outbox;
import org.roleatlas.notifications.MemberAddresses;
import org.roleatlas.system.PublicUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Notification mail through {@link Outbox}, in the caller's transaction: one message per notification for members who
 * chose email, one digest a day for those who chose the digest. Every message carries its signed unsubscribe link.
 * Members without a verified address ({@link MemberAddresses}) get no mail.
 */
@Component
class Mailer {

    private final Outbox outbox;
    private final ObjectProvider<MemberAddresses> addresses;
    private final UnsubscribeLinks links;
    private final PublicUrl mailLinks;
    private final NotificationRepository notifications;
    private final Clock clock;

    Mailer(Outbox outbox, ObjectProvider<MemberAddresses> addresses, UnsubscribeLinks links, PublicUrl mailLinks,
           NotificationRepository notifications, Clock clock) {
        this.outbox = outbox;
        this.addresses = addresses;
        this.links = links;
        this.mailLinks = mailLinks;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Mails each notification on its own and marks the ones queued. */
    void now(List<Notification> due) {
        List<Long> mailed = new ArrayList<>();
        for (Notification n : due) {
            address(n.memberId()).ifPresent(to -> {
                String unsubscribe = mailLinks.outsideRequests(links.path(n.memberId(), n.kind().key()));
                outbox.queue(new Mail(to, clip(n.text()), n.text() + "\n\n" + mailLinks.outsideRequests(n.link())
                        + "\n\nYou get this because of your notification settings. Unsubscribe from these emails: "
                        + unsubscribe + "\n", unsubscribe));
                mailed.add(n.id());
            });
        }
        notifications.markMailed(mailed, clock.instant());
    }

    /** One message with all of a member's digest notifications; @return whether it was queued. */
    boolean digest(long memberId, List<Notification> items) {
        Optional<String> to = address(memberId);
        if (items.isEmpty() || to.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder("Your RoleAtlas notifications of the day:\n\n");
        for (Notification n : items) {
            text.append("- ").append(n.text()).append('\n').append("  ").append(mailLinks.outsideRequests(n.link()))
                    .append('\n');
        }
        String unsubscribe = mailLinks.outsideRequests(links.path(memberId, UnsubscribeLinks.ALL));
        text.append("\nYou get this daily digest because of your notification settings. Unsubscribe from all "
                + "notification emails: ").append(unsubscribe).append('\n');
        outbox.queue(new Mail(to.get(), items.size() == 1 ? "1 new notification on RoleAtlas"
                : items.size() + " new notifications on RoleAtlas", text.toString(), unsubscribe));
        return true;
    }

    private Optional<String> address(long memberId) {
        MemberAddresses spi = addresses.getIfAvailable();
        return spi == null ? Optional.empty() : spi.verifiedEmail(memberId);
    }

    private static String clip(String subject) {
        String line = subject.replace('\n', ' ').replace('\r', ' ');
        return line.length() <= 150 ? line : line.substring(0, 149) + "…";
    }
}
