package org.roleatlas.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.roleatlas.mail.Mail;
import org.roleatlas.mail.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail queue on a real database: a rolled-back transaction sends nothing; senders on several nodes (here: several
 * {@link MailDelivery} instances on one database) never send one message twice; a failed attempt waits its backoff.
 * This context sends nothing itself ({@code roleatlas.mail.send=false}): the senders are the test's own.
 */
@SpringBootTest(properties = "roleatlas.mail.send=false")
@OwnDatabase
abstract class MailQueueContract {

    @Autowired
    Outbox outbox;
    @Autowired
    MailQueue queue;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    final Clock clock = Clock.systemUTC();
    final MailSettings settings = new MailSettings("RoleAtlas <no-reply@example.test>", true, Duration.ofMillis(50),
            Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofMinutes(5));

    /** Records what it was handed, per queue row; optionally fails the first attempts. */
    static final class Recording implements MailTransport {
        final Map<Long, AtomicInteger> sends = new ConcurrentHashMap<>();
        final AtomicInteger failuresLeft = new AtomicInteger();

        @Override
        public void send(long id, Mail mail) throws Exception {
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new java.net.ConnectException("Connection refused");
            }
            Thread.sleep(1); // a real server takes a moment: lets the senders interleave
            sends.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    @BeforeEach
    void emptyQueue() {
        jdbc.sql("delete from mail_queue").update();
    }

    MailDelivery sender(Recording transport) {
        return new MailDelivery(queue, transport, settings, new MailCounters(), clock);
    }

    @Test
    void mailQueuedInATransactionThatRollsBackIsNeverSent() {
        transaction.executeWithoutResult(status -> {
            outbox.queue(Mail.of("kept@example.test", "Kept", "Sent after commit."));
        });
        transaction.executeWithoutResult(status -> {
            outbox.queue(Mail.of("gone@example.test", "Rolled back", "Never sent."));
            status.setRollbackOnly();
        });
        Recording transport = new Recording();

        assertThat(sender(transport).sendDue()).isEqualTo(1);

        assertThat(jdbc.sql("select recipient from mail_queue").query(String.class).list())
                .containsExactly("kept@example.test");
        assertThat(transport.sends).hasSize(1);
        assertThat(sender(transport).sendDue()).as("a sent message is not sent again").isZero();
    }

    @Test
    void twoSendersOnOneDatabaseNeverSendTheSameMailTwice() throws Exception {
        int count = 120;
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                outbox.queue(Mail.of("member" + i + "@example.test", "Message " + i, "Text " + i));
            }
        });
        Recording first = new Recording();
        Recording second = new Recording();
        MailDelivery[] senders = {sender(first), sender(second), sender(first), sender(second)};
        ExecutorService threads = Executors.newFixedThreadPool(senders.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> sent = new ArrayList<>();
        for (MailDelivery sender : senders) {
            sent.add(threads.submit(() -> {
                start.await();
                return sender.sendDue();
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : sent) {
            total += f.get();
        }
        threads.shutdown();

        Map<Long, Integer> all = new java.util.HashMap<>();
        first.sends.forEach((id, n) -> all.merge(id, n.get(), Integer::sum));
        second.sends.forEach((id, n) -> all.merge(id, n.get(), Integer::sum));
        assertThat(total).isEqualTo(count);
        assertThat(all).hasSize(count);
        assertThat(all.values()).as("each message handed to a mail server exactly once").allMatch(n -> n == 1);
        assertThat(first.sends).as("both nodes took part").isNotEmpty();
        assertThat(second.sends).isNotEmpty();
        assertThat(queue.waiting()).isZero();
    }

    @Test
    void aFailedAttemptWaitsItsBackoffAndIsThenSentOnce() throws Exception {
        transaction.executeWithoutResult(status -> outbox.queue(Mail.of("later@example.test", "Later", "Retried.")));
        Recording transport = new Recording();
        transport.failuresLeft.set(1);
        MailCounters counters = new MailCounters();
        MailDelivery sender = new MailDelivery(queue, transport, settings, counters, clock);

        assertThat(sender.sendDue()).isZero();
        assertThat(sender.sendDue()).as("not before its backoff").isZero();
        assertThat(jdbc.sql("select attempts from mail_queue").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select last_error from mail_queue").query(String.class).single())
                .contains("Connection refused");
        Thread.sleep(settings.firstRetry().toMillis() + 50);

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(transport.sends.values()).singleElement().satisfies(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(counters.figures().attempts()).isEqualTo(2);
        assertThat(counters.figures().retried()).isEqualTo(1);
        assertThat(counters.figures().delivered()).isEqualTo(1);
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofMillis(300));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofMillis(600));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofMillis(1200));
        assertThat(settings.backoff(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoff(40)).isEqualTo(Duration.ofSeconds(2));
    }
}
