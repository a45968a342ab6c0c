package org.roleatlas.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.CommunityFixture;
import org.roleatlas.comments.internal.CommentService;
import org.roleatlas.posts.PostKind;
import org.roleatlas.questions.internal.QuestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code roleatlas.moderation.hold-first-posts=2}, a new member's first two posts wait for a moderator: seen only
 * by the author (marked) and moderators, left out of lists and counts, until approved. Own database, once per engine.
 */
@CommunityContract
@TestPropertySource(properties = "roleatlas.moderation.hold-first-posts=2")
abstract class HeldPostsContract extends CommunityFixture {

    @Autowired
    QuestionService questions;
    @Autowired
    CommentService comments;

    ModerationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ModerationFixture(mvc, members, jdbc);
    }

    @Test
    void aNewMembersFirstTwoPostsWaitForApprovalAndTheThirdDoesNot() throws Exception {
        MockHttpSession mod = fixture.moderator("heldmod");
        MockHttpSession newcomer = fixture.member("newcomer");
        MockHttpSession reader = fixture.member("heldreader");
        long open = questions.ask(fixture.stored("heldmod"), new QuestionService.NewQuestion("Moderator's question",
                "Never held", List.of("cto"), false));
        assertThat(fixture.moderation("question", open)).as("moderators are never held").isEqualTo("visible");

        String location = mvc.perform(post("/questions").session(newcomer).with(csrf()).param("title", "Newcomer asks")
                        .param("body", "First post").param("roles", "cio"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long q = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long a = questions.answer(fixture.stored("newcomer"), open, "Newcomer answers", false);
        long c = comments.add(fixture.stored("newcomer"), PostKind.QUESTION, open, "Third post is shown", false)
                .commentId();
        assertThat(List.of(fixture.moderation("question", q), fixture.moderation("answer", a),
                fixture.moderation("comment", c))).containsExactly("held", "held", "visible");

        // Others see nothing of the held posts, and the counts leave them out.
        mvc.perform(get("/questions/" + q).session(reader)).andExpect(status().isNotFound());
        mvc.perform(get("/api/questions/" + q)).andExpect(status().isNotFound());
        assertThat(fixture.page("/questions?role=cio")).doesNotContain("Newcomer asks");
        Document others = Jsoup.parse(fixture.page("/questions/" + open, reader));
        assertThat(others.text()).doesNotContain("Newcomer answers").contains("0 answers").contains("Third post is shown");
        mvc.perform(get("/api/questions/" + open)).andExpect(jsonPath("$.answerCount").value(0))
                .andExpect(jsonPath("$.answers.length()").value(0));

        // The author sees them, marked as awaiting review.
        Document own = Jsoup.parse(fixture.page("/questions/" + q, newcomer));
        assertThat(own.select(".moderation-mark.held").text()).startsWith("Awaiting review");
        assertThat(Jsoup.parse(fixture.page("/questions/" + open, newcomer)).select("#answer-" + a + " .moderation-mark.held"))
                .hasSize(1);

        // Moderators find them in the queue and approve them.
        Document queue = Jsoup.parse(fixture.page("/moderation", mod));
        assertThat(queue.select(".held-post").eachAttr("id")).containsExactly("held-question-" + q, "held-answer-" + a);
        mvc.perform(post("/moderation/questions/" + q + "/approve").session(mod).with(csrf()).param("from", "queue"))
                .andExpect(redirectedUrl("/moderation"));
        fixture.postJson("/api/moderation/answers/" + a + "/approve", fixture.token(mod), "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.moderation").value("visible"));
        fixture.postJson("/api/moderation/answers/" + a + "/approve", fixture.token(mod), "{}")
                .andExpect(status().isBadRequest());

        assertThat(fixture.page("/questions?role=cio")).contains("Newcomer asks");
        Document approved = Jsoup.parse(fixture.page("/questions/" + open, reader));
        assertThat(approved.text()).contains("Newcomer answers").contains("1 answer");
        assertThat(approved.select(".moderation-mark")).isEmpty();
        assertThat(Jsoup.parse(fixture.page("/moderation", mod)).select(".held-post")).isEmpty();
        assertThat(jdbc.sql("select action from moderation_log where moderator_id = ? order by id")
                .param(fixture.stored("heldmod").id()).query(String.class).list())
                .containsExactly("approve", "approve");
    }

    @Test
    void aHeldCommentIsLeftOutOfItsPostsCountUntilApproved() throws Exception {
        MockHttpSession mod = fixture.moderator("commentmod");
        fixture.member("firstcommenter");
        long open = questions.ask(fixture.stored("commentmod"), new QuestionService.NewQuestion("Commented question",
                "Body", List.of("cto"), false));
        long c = comments.add(fixture.stored("firstcommenter"), PostKind.QUESTION, open, "Held comment", false)
                .commentId();
        assertThat(fixture.json("/api/questions/" + open + "/comments")).doesNotContain("Held comment")
                .contains("\"count\":0");
        mvc.perform(post("/moderation/comments/" + c + "/approve").session(mod).with(csrf()))
                .andExpect(redirectedUrl("/questions/" + open + "#comment-" + c));
        assertThat(fixture.json("/api/questions/" + open + "/comments")).contains("Held comment").contains("\"count\":1");
    }
}
