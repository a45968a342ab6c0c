package org.roleatlas.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.TestClock;
import org.roleatlas.TestClockConfiguration;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.Members;
import org.roleatlas.comments.internal.CommentService;
import org.roleatlas.mail.Mail;
import org.roleatlas.posts.PostKind;
import org.roleatlas.questions.internal.QuestionService;
import org.roleatlas.system.UnreadNotifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notifications end to end: every trigger, who is never told, anonymous authors, follows, the inbox, the API, mail
 * settings, unsubscribe links and the daily digest. Own database, once per engine.
 */
@CommunityContract
@Import({TestClockConfiguration.class, NotificationTestBeans.class})
abstract class NotificationsContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    QuestionService questions;
    @Autowired
    CommentService comments;
    @Autowired
    UnreadNotifications unread;
    @Autowired
    NotificationTestBeans.RecordingOutbox outbox;
    @Autowired
    DigestJob digests;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    TestClock clock;

    NotificationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new NotificationFixture(mvc, jdbc, members, questions);
    }

    @Test
    void anAnswerNotifiesTheAskerWithALinkToTheAnswerAndNeverTheAnswerer() throws Exception {
        Member asker = fixture.member("asker1");
        Member answerer = fixture.member("answerer1");
        long q = fixture.ask(asker, "Who owns the platform budget?", "Asking for a friend", "cto");
        long a = questions.answer(answerer, q, "The CTO, usually.", false);

        assertThat(fixture.texts(asker)).containsExactly("Name of answerer1 answered your question "
                + "“Who owns the platform budget?”");
        assertThat(fixture.links(asker)).containsExactly("/questions/" + q + "#answer-" + a);
        assertThat(fixture.texts(answerer)).isEmpty();
        assertThat(unread.count(asker.id())).isEqualTo(1);
        assertThat(unread.count(answerer.id())).isZero();
    }

    @Test
    void membersAreNeverNotifiedOfTheirOwnActions() {
        Member self = fixture.member("selfish1");
        long q = fixture.ask(self, "Answering myself", "I will answer this, @selfish1", "cio");
        long a = questions.answer(self, q, "My own answer mentions @selfish1", false);
        comments.add(self, PostKind.QUESTION, q, "My own comment, @selfish1", false);
        comments.add(self, PostKind.ANSWER, a, "And on my answer", false);

        assertThat(fixture.texts(self)).isEmpty();
        assertThat(unread.count(self.id())).isZero();
    }

    @Test
    void anAnonymousAuthorIsNeverNamedInTheInboxOrTheApi() throws Exception {
        Member asker = fixture.member("asker2");
        Member secret = fixture.member("secretive2");
        long q = fixture.ask(asker, "Is a CIO a CTO?", "Curious", "cio");
        questions.answer(secret, q, "Not quite. Ask @asker2 about it.", true);
        comments.add(secret, PostKind.QUESTION, q, "Anonymous comment", true);

        assertThat(fixture.texts(asker)).containsExactly("Someone commented on your question “Is a CIO a CTO?”",
                "Someone mentioned you in an answer to “Is a CIO a CTO?”");
        MockHttpSession session = fixture.session(asker);
        String inbox = Jsoup.parse(fixture.inbox(session)).select("#notifications").text();
        assertThat(inbox).contains("Someone commented").doesNotContain("secretive2").doesNotContain("Name of secretive2");
        String token = new MemberSessions(mvc).createToken(session, "inbox");
        String json = mvc.perform(get("/api/notifications").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("Someone").doesNotContain("secretive2").doesNotContain(String.valueOf("\"author"));
    }

    @Test
    void aCommentNotifiesTheAuthorOfThePostItIsOn() {
        Member asker = fixture.member("asker3");
        Member answerer = fixture.member("answerer3");
        Member commenter = fixture.member("commenter3");
        long q = fixture.ask(asker, "Where does MLOps sit?", "In platform or data?", "mlops-engineer");
        long a = questions.answer(answerer, q, "Platform.", false);
        long c = comments.add(commenter, PostKind.ANSWER, a, "Agreed", false).commentId();

        assertThat(fixture.texts(answerer)).containsExactly("Name of commenter3 commented on your answer");
        assertThat(fixture.links(answerer)).containsExactly("/questions/" + q + "#comment-" + c);
        assertThat(fixture.texts(asker)).containsExactly("Name of answerer3 answered your question “Where does MLOps sit?”");
    }

    @Test
    void aMentionNotifiesExistingMembersButNotInsideCode() {
        Member writer = fixture.member("writer4");
        Member named = fixture.member("named4");
        Member coded = fixture.member("coded4");
        long q = fixture.ask(writer, "Mentions", "What do @named4 and @nobody-here think? Not `@coded4`, and\n\n"
                + "```\n@coded4\n```\n\nnor mail@coded4.example", "cto");

        assertThat(fixture.texts(named)).containsExactly("Name of writer4 mentioned you in the question “Mentions”");
        assertThat(fixture.links(named)).containsExactly("/questions/" + q);
        assertThat(fixture.texts(coded)).isEmpty();
    }

    @Test
    void moderatorsHidingAPostTellItsAuthorAndItsFlaggersAndDismissingTellsTheFlaggers() throws Exception {
        Member author = fixture.member("author5");
        Member flagger = fixture.member("flagger5");
        Member other = fixture.member("asker5");
        Member moderator = fixture.moderator("moderator5");
        long q = fixture.ask(other, "Flag me", "A question", "cto");
        long hidden = questions.answer(author, q, "Buy my product", false);
        long kept = questions.answer(author, q, "A fair answer", false);
        MockHttpSession flagging = fixture.session(flagger);
        for (long answer : List.of(hidden, kept)) {
            mvc.perform(post("/answers/" + answer + "/flags").session(flagging).with(csrf()).param("reason", "spam"))
                    .andExpect(status().isFound());
        }
        MockHttpSession moderating = fixture.session(moderator);
        mvc.perform(post("/moderation/answers/" + hidden + "/hide").session(moderating).with(csrf())
                .param("reason", "spam")).andExpect(status().isFound());
        mvc.perform(post("/moderation/answers/" + kept + "/dismiss").session(moderating).with(csrf()))
                .andExpect(status().isFound());

        assertThat(fixture.texts(author)).containsExactly("A moderator hid your answer: only you and the moderators "
                + "see it now");
        assertThat(fixture.texts(flagger)).containsExactly(
                "A moderator reviewed the answer you flagged and left it up",
                "A moderator hid the answer you flagged. Thank you");
        assertThat(fixture.texts(other)).as("the hidden answer's notification is withdrawn")
                .containsExactly("Name of author5 answered your question “Flag me”");
        assertThat(fixture.texts(moderator)).isEmpty();
    }

    @Test
    void followersOfAQuestionHearOfNewAnswersUntilTheyUnfollow() throws Exception {
        Member asker = fixture.member("asker6");
        Member follower = fixture.member("follower6");
        Member answerer = fixture.member("answerer6");
        long q = fixture.ask(asker, "Follow me", "Please", "cto");
        MockHttpSession session = fixture.session(follower);
        mvc.perform(post("/follow/questions/" + q).session(session).with(csrf()).param("follow", "true"))
                .andExpect(redirectedUrl("/questions/" + q));
        String fragment = mvc.perform(get("/follow/questions/" + q).session(session).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(fragment).select("button").text()).isEqualTo("Unfollow");
        assertThat(Jsoup.parse(fragment).select("input[name=follow]").val()).as("the button unfollows").isEqualTo("false");

        questions.answer(answerer, q, "First answer", false);
        assertThat(fixture.texts(follower)).containsExactly("Name of answerer6 answered “Follow me”, a question you follow");
        assertThat(fixture.texts(asker)).as("the asker follows and hears as the asker")
                .containsExactly("Name of answerer6 answered your question “Follow me”");

        mvc.perform(post("/follow/questions/" + q).session(session).with(csrf()).param("follow", "false"))
                .andExpect(redirectedUrl("/questions/" + q));
        questions.answer(fixture.member("late6"), q, "Second answer", false);
        assertThat(fixture.texts(follower)).hasSize(1);
        assertThat(fixture.texts(answerer)).as("answering follows the question")
                .containsExactly("Name of late6 answered “Follow me”, a question you follow");
    }

    @Test
    void followersOfARoleHearOfNewQuestionsTaggedWithIt() throws Exception {
        Member follower = fixture.member("rolefan7");
        Member asker = fixture.member("asker7");
        mvc.perform(post("/follow/roles/ciso").session(fixture.session(follower)).with(csrf()))
                .andExpect(redirectedUrl("/roles/ciso/discussions"));
        mvc.perform(post("/follow/roles/no-such-role").session(fixture.session(follower)).with(csrf()))
                .andExpect(status().isNotFound());

        long q = fixture.ask(asker, "Who owns security?", "Tell me", "ciso", "cto");
        fixture.ask(asker, "Not about security", "Tell me", "cto");

        assertThat(fixture.texts(follower)).singleElement().asString()
                .startsWith("Name of asker7 asked “Who owns security?” in ");
        assertThat(fixture.links(follower)).containsExactly("/questions/" + q);
    }

    @Test
    void theInboxListsNewestFirstAndMarksOneOrAllRead() throws Exception {
        Member asker = fixture.member("asker8");
        long q = fixture.ask(asker, "Busy thread", "Answers please", "cto");
        questions.answer(fixture.member("first8"), q, "One", false);
        questions.answer(fixture.member("second8"), q, "Two", false);
        questions.answer(fixture.member("third8"), q, "Three", false);
        MockHttpSession session = fixture.session(asker);

        var items = Jsoup.parse(fixture.inbox(session)).select("li.notification");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).text()).contains("Name of third8");
        assertThat(items.select(".unread")).hasSize(3);
        long newest = Long.parseLong(items.get(0).id().substring("notification-".length()));

        mvc.perform(post("/notifications/" + newest + "/read").session(session).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(unread.count(asker.id())).isEqualTo(2);
        assertThat(Jsoup.parse(fixture.inbox(session)).select("#notification-" + newest).hasClass("unread")).isFalse();

        mvc.perform(post("/notifications/read").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/read").session(session).with(csrf())).andExpect(redirectedUrl("/notifications"));
        assertThat(unread.count(asker.id())).isZero();
        mvc.perform(get("/notifications")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theApiListsAndMarksTheTokensMembersNotificationsOnly() throws Exception {
        Member asker = fixture.member("asker9");
        Member stranger = fixture.member("stranger9");
        long q = fixture.ask(asker, "API inbox", "JSON please", "cto");
        long a = questions.answer(fixture.member("answerer9"), q, "Here", false);
        String token = new MemberSessions(mvc).createToken(fixture.session(asker), "api");
        String strangerToken = new MemberSessions(mvc).createToken(fixture.session(stranger), "api");

        mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/notifications").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notifications.length()").value(1))
                .andExpect(jsonPath("$.notifications[0].kind").value("answer"))
                .andExpect(jsonPath("$.notifications[0].text").value("Name of answerer9 answered your question “API inbox”"))
                .andExpect(jsonPath("$.notifications[0].url").value("/questions/" + q + "#answer-" + a))
                .andExpect(jsonPath("$.notifications[0].read").value(false))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.nextPage").isEmpty())
                .andExpect(jsonPath("$.unread").value(1));
        long id = jdbc.sql("select id from notification where member_id = ?").param(asker.id()).query(Long.class).single();

        mvc.perform(post("/api/notifications/read").header("Authorization", "Bearer " + strangerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ids\": [" + id + "]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(0));
        assertThat(unread.count(asker.id())).as("another member's id is left alone").isEqualTo(1);
        mvc.perform(post("/api/notifications/read").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.ids").exists());
        mvc.perform(get("/api/notifications?page=0").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.page").exists());
        mvc.perform(post("/api/notifications/read").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ids\": [" + id + "]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(0));
        mvc.perform(get("/api/notifications").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.notifications[0].read").value(true));
    }

    @Test
    void emailSettingsSendEachNotificationWithASignedUnsubscribeLinkThatWorksWithoutSignIn() throws Exception {
        Member asker = fixture.member("asker10");
        Member quiet = fixture.member("quiet10");
        fixture.setting(asker, "answer", "email");
        long q = fixture.ask(asker, "Mail me", "Please", "cto");
        long quietQ = fixture.ask(quiet, "Do not mail me", "Please", "cto");
        questions.answer(fixture.member("answerer10"), q, "Answer", false);
        questions.answer(fixture.member("answerer10b"), quietQ, "Answer", false);

        assertThat(outbox.to(quiet.id())).as("in-app only by default").isEmpty();
        Mail mail = outbox.to(asker.id()).get(0);
        assertThat(outbox.to(asker.id())).hasSize(1);
        assertThat(mail.subject()).isEqualTo("Name of answerer10 answered your question “Mail me”");
        assertThat(mail.text()).contains("/questions/" + q + "#answer-").contains(mail.unsubscribeUrl());
        // absolute, so it works from a mail client: the public URL, or this server's own address without one
        assertThat(mail.unsubscribeUrl()).matches("https?://[^/]+/notifications/unsubscribe\\?member=" + asker.id()
                + "&kind=answer&sig=.+");
        String link = mail.unsubscribeUrl().replaceFirst("^https?://[^/]+", "");

        String tampered = link.replace("kind=answer", "kind=mention");
        mvc.perform(get(tampered)).andExpect(status().isBadRequest());
        mvc.perform(post(tampered)).andExpect(status().isBadRequest());
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post(link).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());

        questions.answer(fixture.member("answerer10c"), q, "Another answer", false);
        assertThat(outbox.to(asker.id())).as("unsubscribed").hasSize(1);
        assertThat(fixture.texts(asker)).as("still in the inbox").hasSize(2);
    }

    @Test
    void theDailyDigestGoesOnceADayWithEverythingSinceTheLast() throws Exception {
        Member asker = fixture.member("asker11");
        fixture.setting(asker, "answer", "digest");
        fixture.setting(asker, "comment", "digest");
        long q = fixture.ask(asker, "Digest me", "Please", "cto");
        questions.answer(fixture.member("answerer11"), q, "Answer", false);
        comments.add(fixture.member("commenter11"), PostKind.QUESTION, q, "Comment", false);
        assertThat(outbox.to(asker.id())).as("nothing at once").isEmpty();

        assertThat(digests.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(outbox.to(asker.id())).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("2 new notifications on RoleAtlas");
            assertThat(m.text()).contains("answered your question “Digest me”").contains("commented on your question");
            assertThat(m.unsubscribeUrl()).contains("kind=all");
        });

        questions.answer(fixture.member("answerer11b"), q, "Later the same day", false);
        digests.sendDue();
        assertThat(outbox.to(asker.id())).as("one digest a day").hasSize(1);

        clock.advance(Duration.ofDays(1));
        digests.sendDue();
        assertThat(outbox.to(asker.id())).hasSize(2);
        assertThat(outbox.to(asker.id()).get(1).subject()).isEqualTo("1 new notification on RoleAtlas");
        digests.sendDue();
        assertThat(outbox.to(asker.id())).hasSize(2);
    }

    @Test
    void theSettingsPageShowsAndSavesEachKind() throws Exception {
        Member member = fixture.member("settings12");
        MockHttpSession session = fixture.session(member);
        mvc.perform(post("/notifications/settings").session(session).with(csrf()).param("mention", "email")
                .param("flag", "digest")).andExpect(redirectedUrl("/notifications/settings?saved"));
        var page = Jsoup.parse(mvc.perform(get("/notifications/settings").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("input[name=mention][checked]").val()).isEqualTo("email");
        assertThat(page.select("input[name=flag][checked]").val()).isEqualTo("digest");
        assertThat(page.select("input[name=answer][checked]").val()).isEqualTo("app");
        mvc.perform(post("/notifications/settings").session(session).with(csrf()).param("mention", "pigeon"))
                .andExpect(status().isBadRequest());
    }
}
