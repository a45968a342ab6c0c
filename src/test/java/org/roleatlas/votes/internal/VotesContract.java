package org.roleatlas.votes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roleatlas.Concurrently.atOnce;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.CommunityFixture;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.TestMembers;
import org.roleatlas.posts.PostKind;
import org.roleatlas.questions.internal.QuestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * Upvotes through the pages, the API and the service, once per engine: the rules (own posts, CSRF, idempotence)
 * and exact counts under concurrency. The {@code vote} and {@code post} limits are raised: these tests vote far
 * faster than a person; VoteRateLimitTest checks the real {@code vote} limit.
 */
@CommunityContract
abstract class VotesContract extends CommunityFixture {

    @Autowired
    QuestionService questions;
    @Autowired
    VoteService votes;

    MockHttpSession signedIn(String username) throws Exception {
        return new MemberSessions(mvc).signedIn(username);
    }

    /** A member straight in the table: the concurrency tests need many, and bcrypt per sign-up would be slow. */
    Member quickMember(String username) {
        return new TestMembers(jdbc, members).quickMember(username);
    }

    Member stored(String username) {
        return members.findByUsername(username).orElseThrow();
    }

    long askAs(Member author) {
        return questions.ask(author, new QuestionService.NewQuestion("Votes for " + author.username(), "Body",
                List.of("cto"), false));
    }

    int countColumn(PostKind kind, long id) {
        return jdbc.sql("select vote_count from " + kind.table() + " where id = ?").param(id).query(Integer.class)
                .single();
    }

    int rows(PostKind kind, long id) {
        return jdbc.sql("select count(*) from vote where post_kind = ? and post_id = ?").params(kind.table(), id)
                .query(Integer.class).single();
    }

    @Test
    void aMemberUpvotesAQuestionAndAnAnswerOnThePageAndTakesThemBack() throws Exception {
        MockHttpSession asker = signedIn("voteasker");
        MockHttpSession voter = signedIn("voter");
        long id = askAs(stored("voteasker"));
        long answerId = questions.answer(stored("voteasker"), id, "An answer", false);

        Document before = Jsoup.parse(html(voter, id));
        assertThat(before.select(".vote-count").eachText()).containsExactly("0", "0");
        assertThat(before.select("form.vote").eachAttr("action"))
                .containsExactly("/questions/" + id + "/upvote", "/answers/" + answerId + "/upvote");

        mvc.perform(post("/questions/" + id + "/upvote").session(voter).with(csrf()))
                .andExpect(redirectedUrl("/questions/" + id + "#question-" + id));
        mvc.perform(post("/answers/" + answerId + "/upvote").session(voter).with(csrf()))
                .andExpect(redirectedUrl("/questions/" + id + "#answer-" + answerId));
        Document voted = Jsoup.parse(html(voter, id));
        assertThat(voted.select(".vote-count").eachText()).containsExactly("1", "1");
        assertThat(voted.select("form.vote button").eachAttr("aria-pressed")).containsExactly("true", "true");
        assertThat(voted.select("form.vote button").eachAttr("title")).containsExactly("Remove upvote", "Remove upvote");
        assertThat(voted.select("form.vote").eachAttr("action")).containsExactly(
                "/questions/" + id + "/upvote/delete", "/answers/" + answerId + "/upvote/delete");
        assertThat(Jsoup.parse(html(asker, id)).select("form.vote")).as("no buttons on one's own posts").isEmpty();
        assertThat(Jsoup.parse(mvc.perform(get("/questions/" + id)).andReturn().getResponse().getContentAsString())
                .select("form.vote")).as("none for anonymous readers").isEmpty();

        mvc.perform(post("/answers/" + answerId + "/upvote/delete").session(voter).with(csrf()))
                .andExpect(redirectedUrl("/questions/" + id + "#answer-" + answerId));
        assertThat(Jsoup.parse(html(voter, id)).select(".vote-count").eachText())
                .containsExactly("1", "0");
        assertThat(rows(PostKind.ANSWER, answerId)).isZero();
        assertThat(countColumn(PostKind.QUESTION, id)).isOne();
    }

    @Test
    void nobodyVotesOnTheirOwnPost() throws Exception {
        MockHttpSession session = signedIn("selfvoter");
        String token = new MemberSessions(mvc).createToken(session, "api");
        long id = askAs(stored("selfvoter"));
        long answerId = questions.answer(stored("selfvoter"), id, "My own answer", false);

        mvc.perform(post("/questions/" + id + "/upvote").session(session).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(put("/api/questions/" + id + "/votes").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("You cannot vote on your own question."));
        mvc.perform(put("/api/answers/" + answerId + "/votes").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You cannot vote on your own answer."));
        assertThat(rows(PostKind.QUESTION, id) + rows(PostKind.ANSWER, answerId)).isZero();
        assertThat(countColumn(PostKind.QUESTION, id) + countColumn(PostKind.ANSWER, answerId)).isZero();
    }

    @Test
    void theApiVotesIdempotentlyWithATokenAndShowsTheCounts() throws Exception {
        MockHttpSession session = signedIn("apivoter");
        String bearer = "Bearer " + new MemberSessions(mvc).createToken(session, "api");
        Member author = quickMember("apiauthor");
        long id = askAs(author);
        long answerId = questions.answer(author, id, "Answer", false);

        for (int i = 0; i < 2; i++) {
            mvc.perform(put("/api/answers/" + answerId + "/votes").header("Authorization", bearer))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.votes").value(1))
                    .andExpect(jsonPath("$.voted").value(true));
            mvc.perform(put("/api/questions/" + id + "/votes").header("Authorization", bearer))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.votes").value(1));
        }
        mvc.perform(get("/api/questions/" + id)).andExpect(jsonPath("$.votes").value(1))
                .andExpect(jsonPath("$.answers[0].votes").value(1));
        mvc.perform(get("/api/questions?role=cto")).andExpect(jsonPath("$.questions[0].votes").value(1));
        for (int i = 0; i < 2; i++) {
            mvc.perform(delete("/api/answers/" + answerId + "/votes").header("Authorization", bearer))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.votes").value(0))
                    .andExpect(jsonPath("$.voted").value(false));
        }
        assertThat(rows(PostKind.ANSWER, answerId)).isZero();
        assertThat(countColumn(PostKind.ANSWER, answerId)).isZero();
        assertThat(countColumn(PostKind.QUESTION, id)).isOne();

        mvc.perform(put("/api/answers/" + answerId + "/votes")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/answers/999999999/votes").header("Authorization", bearer))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        questions.deleteAnswer(author, answerId);
        mvc.perform(put("/api/answers/" + answerId + "/votes").header("Authorization", bearer))
                .andExpect(status().isNotFound());
        assertThat(rows(PostKind.ANSWER, answerId)).isZero();
    }

    @Test
    void aVoteWithoutTheCsrfTokenIsForbiddenAndCountsNothing() throws Exception {
        MockHttpSession voter = signedIn("forgedvoter");
        long id = askAs(quickMember("csrfauthor"));

        mvc.perform(post("/questions/" + id + "/upvote").session(voter)).andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + id + "/upvote/delete").session(voter)).andExpect(status().isForbidden());
        assertThat(countColumn(PostKind.QUESTION, id)).isZero();
        assertThat(rows(PostKind.QUESTION, id)).isZero();
    }

    @Test
    void fiftyMembersVotingOnOneAnswerAtOnceCountFifty() throws Exception {
        Member author = quickMember("popular");
        long answerId = questions.answer(author, askAs(author), "Vote for me", false);
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            voters.add(quickMember("crowd" + i));
        }

        atOnce(50, i -> votes.upvote(voters.get(i), PostKind.ANSWER, answerId));

        assertThat(rows(PostKind.ANSWER, answerId)).isEqualTo(50);
        assertThat(countColumn(PostKind.ANSWER, answerId)).isEqualTo(50);
    }

    @Test
    void oneMemberVotingTwentyTimesAtOnceCountsOnce() throws Exception {
        Member author = quickMember("eager-author");
        long answerId = questions.answer(author, askAs(author), "Answer", false);
        Member voter = quickMember("eager");

        atOnce(20, i -> votes.upvote(voter, PostKind.ANSWER, answerId));

        assertThat(rows(PostKind.ANSWER, answerId)).isOne();
        assertThat(countColumn(PostKind.ANSWER, answerId)).isOne();
    }

    @Test
    void concurrentVotesAndWithdrawalsByOneMemberLeaveTheCountEqualToTheRows() throws Exception {
        Member author = quickMember("flip-author");
        long id = askAs(author);
        Member voter = quickMember("flipper");

        atOnce(20, i -> {
            if (i % 2 == 0) {
                votes.upvote(voter, PostKind.QUESTION, id);
            } else {
                votes.withdraw(voter, PostKind.QUESTION, id);
            }
        });

        int rows = rows(PostKind.QUESTION, id);
        assertThat(rows).isBetween(0, 1);
        assertThat(countColumn(PostKind.QUESTION, id)).isEqualTo(rows);
    }

    private String html(MockHttpSession session, long id) throws Exception {
        return mvc.perform(get("/questions/" + id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
