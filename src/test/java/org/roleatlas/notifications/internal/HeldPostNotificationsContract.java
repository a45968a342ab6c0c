package org.roleatlas.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.comments.internal.CommentService;
import org.roleatlas.posts.PostKind;
import org.roleatlas.questions.internal.QuestionService;
import org.roleatlas.system.UnreadNotifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With every member's first post held for review, nobody hears of a held post until a moderator approves it (mail
 * included), and never if it is hidden instead; its author is told it waits. Own database, once per engine.
 */
@CommunityContract
@TestPropertySource(properties = "roleatlas.moderation.hold-first-posts=1")
@Import(NotificationTestBeans.class)
abstract class HeldPostNotificationsContract {

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

    NotificationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new NotificationFixture(mvc, jdbc, members, questions);
    }

    @Test
    void aHeldAnswerNotifiesTheAskerOnlyOnceApprovedAndItsAuthorAtOnce() throws Exception {
        Member asker = fixture.moderator("asker1"); // moderators are never held
        Member newcomer = fixture.member("newcomer1");
        Member moderator = fixture.moderator("approver1");
        fixture.setting(asker, "answer", "email");
        long q = fixture.ask(asker, "Held answers", "Anyone?", "cto");
        long a = questions.answer(newcomer, q, "My first post, for @asker1", false);

        assertThat(fixture.texts(asker)).isEmpty();
        assertThat(unread.count(asker.id())).isZero();
        assertThat(outbox.to(asker.id())).isEmpty();
        assertThat(fixture.texts(newcomer)).containsExactly("Your answer to “Held answers” is awaiting review: "
                + "others will see it once a moderator approves it");

        mvc.perform(post("/moderation/answers/" + a + "/approve").session(fixture.session(moderator)).with(csrf()))
                .andExpect(status().isFound());

        assertThat(fixture.texts(asker)).as("the mention came first and wins")
                .containsExactly("Name of newcomer1 mentioned you in an answer to “Held answers”");
        assertThat(fixture.texts(newcomer)).first().isEqualTo("A moderator approved your answer: everyone can see it now");
        assertThat(unread.count(asker.id())).isEqualTo(1);
        assertThat(outbox.to(asker.id())).as("a mention is in-app only by default").isEmpty();
    }

    @Test
    void aHeldCommentThatIsHiddenNotifiesNobodyButItsAuthor() throws Exception {
        Member asker = fixture.moderator("asker2");
        Member newcomer = fixture.member("newcomer2");
        Member moderator = fixture.moderator("hider2");
        fixture.setting(asker, "comment", "email");
        long q = fixture.ask(asker, "Held comments", "Anyone?", "cto");
        long c = comments.add(newcomer, PostKind.QUESTION, q, "Spam spam", false).commentId();

        mvc.perform(post("/moderation/comments/" + c + "/hide").session(fixture.session(moderator)).with(csrf())
                .param("reason", "spam")).andExpect(status().isFound());

        assertThat(fixture.texts(asker)).isEmpty();
        assertThat(outbox.to(asker.id())).isEmpty();
        assertThat(fixture.texts(newcomer)).containsExactly(
                "A moderator hid your comment: only you and the moderators see it now",
                "Your comment is awaiting review: others will see it once a moderator approves it");
    }

    @Test
    void anApprovedAnswerMailsTheAskerWhoChoseEmail() throws Exception {
        Member asker = fixture.moderator("asker3");
        Member newcomer = fixture.member("newcomer3");
        fixture.setting(asker, "answer", "email");
        long q = fixture.ask(asker, "Mail after approval", "Anyone?", "cto");
        long a = questions.answer(newcomer, q, "Held first", false);
        assertThat(outbox.to(asker.id())).isEmpty();

        mvc.perform(post("/moderation/answers/" + a + "/approve").session(fixture.session(fixture.moderator("ok3")))
                .with(csrf())).andExpect(status().isFound());

        assertThat(outbox.to(asker.id())).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Name of newcomer3 answered your question "
                        + "“Mail after approval”"));
    }
}
