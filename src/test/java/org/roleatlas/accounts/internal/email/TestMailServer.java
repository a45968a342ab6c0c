package org.roleatlas.accounts.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server in the test JVM (GreenMail) on a fixed port, which a test can stop and start again. Use as
 * {@code @RegisterExtension static final TestMailServer}: it runs for the test class.
 */
public final class TestMailServer implements BeforeAllCallback, AfterAllCallback {

    private final int port;
    private GreenMail server;

    public TestMailServer(int port) {
        this.port = port;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** Waits up to 15 s for {@code count} messages to {@code address}. */
    public List<MimeMessage> awaitTo(String address, int count) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        List<MimeMessage> to;
        do {
            to = received().stream().filter(m -> to(m, address)).toList();
            if (to.size() >= count) {
                return to;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < until);
        throw new AssertionError("expected " + count + " messages to " + address + ", got " + to.size());
    }

    /** The path and query of the one link to {@code path} in the newest message to {@code address}. */
    public String link(String address, int count, String path) throws Exception {
        return link(address, count, path, "\\?token=[A-Za-z0-9_-]+");
    }

    /** The path of the link to {@code path}, followed by what {@code rest} matches, in the newest message. */
    public String link(String address, int count, String path, String rest) throws Exception {
        List<MimeMessage> to = awaitTo(address, count);
        String text = to.get(to.size() - 1).getContent().toString();
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + rest + ")").matcher(text);
        assertThat(m.find()).as("a %s link in: %s", path, text).isTrue();
        return m.group(1);
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
