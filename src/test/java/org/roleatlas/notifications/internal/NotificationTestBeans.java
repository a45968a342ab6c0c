package org.roleatlas.notifications.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.roleatlas.mail.Mail;
import org.roleatlas.mail.Outbox;
import org.roleatlas.notifications.MemberAddresses;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A recording outbox in place of the real one, and an address for every member ({@code member-12@example.test}),
 * until the module that keeps addresses implements {@link MemberAddresses}.
 */
@TestConfiguration(proxyBeanMethods = false)
class NotificationTestBeans {

    static final class RecordingOutbox implements Outbox {

        private final List<Mail> queued = new CopyOnWriteArrayList<>();

        @Override
        public void queue(Mail mail) {
            queued.add(mail);
        }

        List<Mail> to(long memberId) {
            return queued.stream().filter(m -> m.to().equals(address(memberId))).toList();
        }
    }

    static String address(long memberId) {
        return "member-" + memberId + "@example.test";
    }

    @Bean
    @Primary
    RecordingOutbox recordingOutbox() {
        return new RecordingOutbox();
    }

    @Bean
    @Primary
    MemberAddresses everyMemberHasAnAddress() {
        return memberId -> Optional.of(address(memberId));
    }
}
