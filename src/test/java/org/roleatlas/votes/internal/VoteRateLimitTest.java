package org.roleatlas.votes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.Members;
import org.roleatlas.polls.PollDraft;
import org.roleatlas.polls.QuestionPolls;
import org.roleatlas.posts.Viewer;
import org.roleatlas.questions.internal.QuestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shipped {@code vote} limit (60 a minute per member) with the real configuration: every vote write, up or
 * back, and every poll vote, takes a permit, and the 61st is answered 429 with Retry-After. The limiter is in memory, so H2 suffices.
 */
@SpringBootTest
@OwnDatabase
@AutoConfigureMockMvc
@ActiveProfiles("h2")
class VoteRateLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    QuestionService questions;
    @Autowired
    QuestionPolls polls;

    @Test
    void theSixtyFirstVoteInAMinuteIsRefusedWithRetryAfter() throws Exception {
        MemberSessions sessions = new MemberSessions(mvc);
        sessions.signUp("limitauthor", "Author");
        sessions.signUp("fastvoter", "Voter");
        MockHttpSession session = sessions.signIn("fastvoter");
        String bearer = "Bearer " + sessions.createToken(session, "api");
        long id = questions.ask(members.findByUsername("limitauthor").orElseThrow(),
                new QuestionService.NewQuestion("Vote limit", "Body", List.of("cto"), false));

        for (int i = 0; i < 60; i++) {
            mvc.perform((i % 2 == 0 ? put("/api/questions/" + id + "/votes") : delete("/api/questions/" + id + "/votes"))
                    .header("Authorization", bearer)).andExpect(status().isOk());
        }
        mvc.perform(put("/api/questions/" + id + "/votes").header("Authorization", bearer))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("You are voting too fast")));
    }

    @Test
    void aPollVoteTakesAPermitOfTheSameVoteLimit() throws Exception {
        MemberSessions sessions = new MemberSessions(mvc);
        sessions.signUp("pollauthor", "Poll author");
        sessions.signUp("fastpoller", "Poll voter");
        String bearer = "Bearer " + sessions.createToken(sessions.signIn("fastpoller"), "api");
        long id = questions.ask(members.findByUsername("pollauthor").orElseThrow(),
                new QuestionService.NewQuestion("Poll limit", "Body", List.of("cto"), false,
                        new PollDraft(List.of("Yes", "No"), null, null)));

        for (int i = 0; i < 60; i++) {
            mvc.perform((i % 2 == 0 ? put("/api/questions/" + id + "/votes") : delete("/api/questions/" + id + "/votes"))
                    .header("Authorization", bearer)).andExpect(status().isOk());
        }
        long pollId = polls.ofQuestion(id, Viewer.PUBLIC).orElseThrow().id();
        mvc.perform(post("/api/polls/" + pollId + "/votes").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"option\": 0}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(polls.ofQuestion(id, Viewer.PUBLIC).orElseThrow().total()).isZero();
    }
}
