package org.roleatlas.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.CommunityFixture;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.views.ViewCounting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

import com.jayway.jsonpath.JsonPath;

/**
 * A role's feeds read copies of the sort columns on the role tags (V23). Whatever members, moderators and the view
 * counter do, each role-filtered feed must list exactly what ordering the questions themselves gives (the query the
 * feeds ran before the copies), and every copy must equal its question.
 */
@CommunityContract
@TestPropertySource(properties = {"roleatlas.views.flush-interval=1h", "roleatlas.feeds.home-cache=0s"})
abstract class RoleFeedCopiesContract extends CommunityFixture {

    private static final String ROLE = "chief-data-officer";

    @Autowired
    QuestionService questions;
    @Autowired
    QuestionFeedRepository feeds;
    @Autowired
    ViewCounting views;

    Member writer;
    MockHttpSession moderator;
    List<MockHttpSession> voters = new ArrayList<>();
    List<Long> asked = new ArrayList<>();

    @BeforeEach
    void community() throws Exception {
        MemberSessions sessions = new MemberSessions(mvc);
        String prefix = "copy" + System.nanoTime() % 1_000_000;
        sessions.signUp(prefix + "w", "Copy Writer");
        writer = members.findByUsername(prefix + "w").orElseThrow();
        moderator = sessions.signedIn(prefix + "m");
        jdbc.sql("insert into member_authority (member_id, authority) values (?, 'moderator')")
                .param(members.findByUsername(prefix + "m").orElseThrow().id()).update();
        for (int i = 0; i < 3; i++) {
            voters.add(sessions.signedIn(prefix + "v" + i));
        }
        for (int i = 0; i < 8; i++) {
            List<String> roles = i % 3 == 0 ? List.of("cto", ROLE) : List.of(ROLE);
            asked.add(questions.ask(writer, new QuestionService.NewQuestion("Copied question " + i,
                    "Body of copied question " + i, roles, false, null)));
        }
    }

    @Test
    void roleFeedsKeepTheQuestionsOrderThroughVotesViewsAnswersEditsDeletionsAndModeration() throws Exception {
        assertThat(fromTheQuestions(QuestionSort.NEWEST, ROLE)).hasSize(8);
        assertSameOrderAsTheQuestions();

        upvote(asked.get(2), 0);
        upvote(asked.get(2), 1);
        upvote(asked.get(5), 2);
        upvote(asked.get(6), 0);
        upvote(asked.get(6), 1);
        upvote(asked.get(6), 2);
        withdraw(asked.get(6), 1);
        assertSameOrderAsTheQuestions();

        for (int visitor = 1; visitor <= 4; visitor++) {
            views.view(asked.get(1), (long) visitor, new MockHttpServletRequest());
            if (visitor <= 2) {
                views.view(asked.get(7), (long) visitor, new MockHttpServletRequest());
            }
        }
        ReflectionTestUtils.invokeMethod(views, "flush");
        assertSameOrderAsTheQuestions();

        long first = questions.answer(writer, asked.get(3), "An answer that counts", false);
        questions.answer(writer, asked.get(4), "Another answer", false);
        questions.answer(writer, asked.get(4), "And one more", false);
        assertSameOrderAsTheQuestions();
        questions.deleteAnswer(writer, first);
        assertSameOrderAsTheQuestions();

        questions.editQuestion(writer, asked.get(0), new QuestionService.QuestionEdit("Copied question 0, retagged",
                "Body of copied question 0", List.of("cto")));
        questions.editQuestion(writer, asked.get(1), new QuestionService.QuestionEdit("Copied question 1, retagged",
                "Body of copied question 1", List.of("cto", ROLE)));
        questions.deleteQuestion(writer, asked.get(5));
        assertSameOrderAsTheQuestions();

        long answer = questions.answer(writer, asked.get(7), "An answer a moderator hides", false);
        moderate("questions", asked.get(2), "hide");
        moderate("answers", answer, "hide");
        assertSameOrderAsTheQuestions();
        moderate("questions", asked.get(2), "unhide");
        moderate("answers", answer, "unhide");
        assertSameOrderAsTheQuestions();
        // the writes above did change the order: 2 upvotes each (ties go to the newer), 1, then none
        assertThat(feeds.pageIds(new FeedQuery(QuestionSort.VOTES, ROLE, null, 1), 20, 0))
                .startsWith(asked.get(6), asked.get(2), asked.get(7));
        plansWalkOneRoleIndexEach();
    }

    /** What the database's plans of the role feeds must show, where a test of that database says. */
    void plansWalkOneRoleIndexEach() {
    }

    private void upvote(long question, int voter) throws Exception {
        mvc.perform(post("/questions/" + question + "/upvote").session(voters.get(voter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private void withdraw(long question, int voter) throws Exception {
        mvc.perform(post("/questions/" + question + "/upvote/delete").session(voters.get(voter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private void moderate(String kind, long id, String action) throws Exception {
        mvc.perform(post("/moderation/" + kind + "/" + id + "/" + action).session(moderator).with(csrf())
                .param("reason", "Checked by a moderator")).andExpect(status().is3xxRedirection());
    }

    /** Every sort of both roles, through the repository and (for one sort) the API, against the question table. */
    private void assertSameOrderAsTheQuestions() throws Exception {
        for (String role : List.of(ROLE, "cto")) {
            for (QuestionSort sort : QuestionSort.values()) {
                assertThat(feeds.pageIds(new FeedQuery(sort, role, null, 1), 20, 0))
                        .as(sort + " of " + role).isEqualTo(fromTheQuestions(sort, role));
                assertThat(feeds.pageIds(new FeedQuery(sort, role, null, 2), 3, 3))
                        .as("second page of 3, " + sort + " of " + role)
                        .isEqualTo(fromTheQuestions(sort, role).stream().skip(3).limit(3).toList());
            }
        }
        String api = mvc.perform(get("/api/questions?role=" + ROLE + "&sort=views")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Long> listed = JsonPath.<List<Number>>read(api, "$.questions[*].id").stream().map(Number::longValue)
                .toList();
        assertThat(listed).isEqualTo(fromTheQuestions(QuestionSort.VIEWS, ROLE));
        assertThat(jdbc.sql("select count(*) from question_role r join question q on q.id = r.question_id "
                        + "where r.view_count <> q.view_count or r.vote_count <> q.vote_count "
                        + "or r.answer_count <> q.answer_count or r.listed <> (case when "
                        + QuestionFeedRepository.LISTED + " then true else false end)")
                .query(Long.class).single()).as("copies that differ from their question").isZero();
    }

    /** The role feed as it was read before V23: the role's questions joined and sorted by their own columns. */
    private List<Long> fromTheQuestions(QuestionSort sort, String role) {
        return jdbc.sql("select q.id from question q join question_role r on r.question_id = q.id and r.role_slug = ? "
                        + "where " + QuestionFeedRepository.LISTED + sort.condition() + "order by " + sort.orderBy())
                .param(role).query(Long.class).list();
    }
}
