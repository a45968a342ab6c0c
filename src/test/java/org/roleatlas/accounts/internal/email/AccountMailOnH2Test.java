package org.roleatlas.accounts.internal.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roleatlas.OwnDatabase;
import org.roleatlas.TestClock;
import org.roleatlas.TestClockConfiguration;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.mail.Mail;
import org.roleatlas.mail.MailFigures;
import org.roleatlas.mail.MailStatistics;
import org.roleatlas.mail.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up with an address, its verification link, password reset and changing address and password on {@code /me},
 * with the mail going through a real SMTP server in this JVM (GreenMail); and that server down for a while.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + AccountMailOnH2Test.SMTP_PORT,
        "roleatlas.mail.poll-interval=100ms", "roleatlas.mail.first-retry=100ms", "roleatlas.mail.max-retry=400ms"})
@AutoConfigureMockMvc
@ActiveProfiles("h2")
@OwnDatabase
@Import(TestClockConfiguration.class)
class AccountMailOnH2Test {

    static final int SMTP_PORT = 38433;
    @RegisterExtension
    static final TestMailServer smtp = new TestMailServer(SMTP_PORT);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    MailStatistics statistics;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestClock clock;

    /** Signs up through the form and returns the session it leaves signed in. */
    MockHttpSession signUp(String username, String email) throws Exception {
        return (MockHttpSession) mvc.perform(MemberSessions.fromOwnAddress(post("/sign-up")).with(csrf())
                        .param("username", username).param("password", MemberSessions.PASSWORD)
                        .param("displayName", "Name of " + username).param("email", email))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/me?welcome"))
                .andReturn().getRequest().getSession(false);
    }

    String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void signUpSignsInStraightAwayAndMailsAVerificationLinkThatWorksOnce() throws Exception {
        MockHttpSession session = signUp("verifier", "Verifier@Example.test");

        String me = page(session, "/me?welcome");
        assertThat(me).contains("Your account is ready").contains("Please confirm your address")
                .contains("Verifier@Example.test").contains("not confirmed yet");
        String link = smtp.link("verifier@example.test", 1, "/verify-email");
        MimeMessage mail = smtp.awaitTo("verifier@example.test", 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Confirm your email address for RoleAtlas");
        assertThat(mail.getHeader("List-Unsubscribe")).as("no opting out of account mail").isNull();

        mvc.perform(get(link).session(session)).andExpect(redirectedUrl("/me?verified"));
        assertThat(page(session, "/me?verified")).contains("Your email address is confirmed").contains("<span id=\"email-state\">confirmed</span>")
                .doesNotContain("Please confirm your address");
        mvc.perform(get(link)).andExpect(status().isGone());
        assertThat(page(session, "/questions")).as("never shown publicly").doesNotContainIgnoringCase("example.test");
    }

    @Test
    void anAddressBelongsToOneAccountWhateverItsCase() throws Exception {
        signUp("firstowner", "shared@example.test");
        String html = mvc.perform(MemberSessions.fromOwnAddress(post("/sign-up")).with(csrf())
                        .param("username", "secondowner").param("password", MemberSessions.PASSWORD)
                        .param("displayName", "Second").param("email", "SHARED@example.TEST"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Email: already used by another account");
        String missing = mvc.perform(MemberSessions.fromOwnAddress(post("/sign-up")).with(csrf())
                        .param("username", "noaddress").param("password", MemberSessions.PASSWORD)
                        .param("displayName", "None"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Email: required");
        assertThat(jdbc.sql("select count(*) from member where username in ('secondowner', 'noaddress')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void passwordResetAnswersAlikeForUnknownAddressesWorksOnceAndEndsOtherSessions() throws Exception {
        signUp("forgetful", "forgetful@example.test");
        MockHttpSession elsewhere = new MemberSessions(mvc).signIn("forgetful");
        page(elsewhere, "/me");

        String unknown = mvc.perform(post("/forgot-password").with(csrf()).param("email", "nobody@example.test"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String known = mvc.perform(post("/forgot-password").with(csrf()).param("email", "Forgetful@example.test"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(known).isEqualTo(unknown).isEqualTo("/forgot-password?sent");
        assertThat(mvc.perform(get("/forgot-password?sent")).andReturn().getResponse().getContentAsString())
                .contains("If an account uses that address");

        String link = smtp.link("forgetful@example.test", 2, "/reset-password");
        assertThat(smtp.received().stream().filter(m -> m.toString().contains("nobody"))).isEmpty();
        assertThat(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Set a new password");
        String token = link.substring(link.indexOf("token=") + 6);
        String weak = mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "short"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(weak).contains("Password: at least 10 characters");
        mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "a brand new phrase"))
                .andExpect(redirectedUrl("/sign-in?reset"));

        mvc.perform(get("/me").session(elsewhere)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "another new phrase"))
                .andExpect(status().isGone());
        mvc.perform(formLogin("/sign-in").user("forgetful").password("a brand new phrase")).andExpect(redirectedUrl("/me"));
        mvc.perform(formLogin("/sign-in").user("forgetful").password(MemberSessions.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void aResetLinkExpiresWithinAnHour() throws Exception {
        signUp("slowreader", "slowreader@example.test");
        mvc.perform(post("/forgot-password").with(csrf()).param("email", "slowreader@example.test"))
                .andExpect(redirectedUrl("/forgot-password?sent"));
        String link = smtp.link("slowreader@example.test", 2, "/reset-password");
        clock.advance(Duration.ofMinutes(61)); // forward only: the queue's times stay in order
        mvc.perform(get(link)).andExpect(status().isGone());
    }

    @Test
    void changingTheAddressKeepsTheOldOneUntilTheNewOneIsConfirmedAndChangingThePasswordEndsOtherSessions()
            throws Exception {
        MockHttpSession session = signUp("mover", "old-mover@example.test");
        MockHttpSession other = new MemberSessions(mvc).signIn("mover");

        String wrong = mvc.perform(post("/me/email").session(session).with(csrf()).param("email", "new-mover@example.test")
                        .param("currentPassword", "not my password"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Current password: does not match");
        mvc.perform(post("/me/email").session(session).with(csrf()).param("email", "new-mover@example.test")
                        .param("currentPassword", MemberSessions.PASSWORD))
                .andExpect(redirectedUrl("/me?email-sent"));
        assertThat(page(session, "/me")).contains("old-mover@example.test").contains("new-mover@example.test");
        assertThat(email("mover")).isEqualTo("old-mover@example.test");

        mvc.perform(get(smtp.link("new-mover@example.test", 1, "/verify-email")).session(session))
                .andExpect(redirectedUrl("/me?verified"));
        assertThat(email("mover")).isEqualTo("new-mover@example.test");

        String weak = mvc.perform(post("/me/password").session(session).with(csrf())
                        .param("currentPassword", MemberSessions.PASSWORD).param("newPassword", "password"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(weak).contains("New password: at least 10 characters");
        mvc.perform(post("/me/password").session(session).with(csrf()).param("currentPassword", MemberSessions.PASSWORD)
                        .param("newPassword", "moving house again"))
                .andExpect(redirectedUrl("/me?password"));
        assertThat(page(session, "/me?password")).as("this session stays").contains("Password changed");
        mvc.perform(get("/me").session(other)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void anSmtpServerThatIsDownForAWhileDelaysMailAndLosesNone() throws Exception {
        smtp.stop();
        MailFigures before = statistics.figures();
        int count = 10;
        try {
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < count; i++) {
                    outbox.queue(new Mail("patient@example.test", "While down " + i, "Message " + i,
                            "http://localhost/unsubscribe?t=" + i));
                }
            });
            long until = System.currentTimeMillis() + 15_000;
            while (statistics.figures().retried() - before.retried() < 2L * count && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertThat(statistics.figures().retried() - before.retried()).as("attempts failed while down")
                    .isGreaterThanOrEqualTo(2L * count);
        } finally {
            smtp.start();
        }
        var received = smtp.awaitTo("patient@example.test", count);
        Thread.sleep(500); // anything sent twice would arrive by now
        received = smtp.awaitTo("patient@example.test", count);

        Map<String, Integer> bySubject = new HashMap<>();
        for (MimeMessage m : received) {
            bySubject.merge(m.getSubject(), 1, Integer::sum);
        }
        assertThat(bySubject).hasSize(count);
        assertThat(bySubject.values()).as("every mail exactly once").allMatch(n -> n == 1);
        MimeMessage one = received.get(0);
        assertThat(one.getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost/unsubscribe?t=");
        assertThat(one.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MailFigures after = statistics.figures();
        System.out.printf("SMTP down for a while: %d mails queued, %d attempts, %d retried, %d delivered (%s)%n",
                after.queued() - before.queued(), after.attempts() - before.attempts(),
                after.retried() - before.retried(), after.delivered() - before.delivered(), after);
        assertThat(after.delivered() - before.delivered()).isEqualTo(count);
        assertThat(jdbc.sql("select count(*) from mail_queue where sent_at is null").query(Integer.class).single())
                .isZero();
    }

    private String email(String username) {
        return jdbc.sql("select email from member where username = ?").param(username).query(String.class).single();
    }
}
