package org.roleatlas.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.CommunityFixture;
import org.roleatlas.accounts.MemberSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;

/**
 * Members read a question page built on the page every reader shares (ReaderPageCache) with their own parts added:
 * each sees their own votes and controls and nobody else's, and every change shows on the next read. The stored page
 * lives a minute here, so only a write can make a page fresh. Own database, once per engine.
 */
@CommunityContract
@TestPropertySource(properties = "roleatlas.community.reader-page-ttl=60s")
abstract class MemberQuestionPageContract extends CommunityFixture {

    @Autowired
    QuestionService questions;
    @Autowired
    QuestionReads reads;

    private MockHttpSession member(String username) throws Exception {
        return new MemberSessions(mvc).signUpWithProfile(username, "Name of " + username);
    }

    private long ask(String username, String title) {
        return questions.ask(members.findByUsername(username).orElseThrow(),
                new QuestionService.NewQuestion(title, "What does the **board** expect?", List.of("cto"), false));
    }

    private long answer(String username, long question, String body) {
        return questions.answer(members.findByUsername(username).orElseThrow(), question, body, false);
    }

    private Document page(long id, MockHttpSession session) throws Exception {
        var request = get("/questions/" + id);
        if (session != null) {
            request.session(session);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private void send(MockHttpSession session, String path, String... params) throws Exception {
        var request = post(path).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private static String voteTitle(Document page, String post) {
        return page.select(post + " > .post-main .vote-button").attr("title");
    }

    @Test
    void twoMembersEachSeeTheirOwnVotesAndControlsAndNobodyElses() throws Exception {
        MockHttpSession alice = member("pagealice");
        MockHttpSession bob = member("pagebob");
        member("pagecarol");
        long q = ask("pagealice", "How does a CTO report to the board?");
        long bobs = answer("pagebob", q, "Quarterly, with a written memo.");
        long carols = answer("pagecarol", q, "Monthly, in person.");
        page(q, null); // the shared page is stored now
        page(q, bob);

        send(alice, "/answers/" + bobs + "/upvote");
        send(bob, "/questions/" + q + "/comments", "body", "Which board committee?");

        Document forAlice = page(q, alice);
        assertThat(forAlice.select("#question-" + q + " > .question-post > .post-main .post-controls"))
                .as("alice's own question").hasSize(1);
        assertThat(forAlice.select(".answer .post-controls")).as("nobody else's answers").isEmpty();
        assertThat(voteTitle(forAlice, "#answer-" + bobs)).isEqualTo("Remove upvote");
        assertThat(voteTitle(forAlice, "#answer-" + carols)).isEqualTo("Upvote");
        assertThat(forAlice.select("#answer-" + bobs + " .vote-count").first().text()).isEqualTo("1");
        assertThat(forAlice.select(".comment .post-controls")).as("bob's comment").isEmpty();
        assertThat(forAlice.select(".comment-body").text()).isEqualTo("Which board committee?");

        Document forBob = page(q, bob);
        assertThat(forBob.select("#answer-" + bobs + " .post-controls")).as("bob's own answer").hasSize(1);
        assertThat(forBob.select("#answer-" + carols + " .post-controls")).isEmpty();
        assertThat(forBob.select("#question-" + q + " > .question-post > .post-main .post-controls")).isEmpty();
        assertThat(forBob.select("#answer-" + bobs + " .vote-button")).as("no upvote on one's own answer").isEmpty();
        assertThat(forBob.select(".vote-button[aria-pressed=true]")).as("alice's vote is not bob's").isEmpty();
        assertThat(forBob.select(".comment .post-controls")).as("bob's own comment").hasSize(1);
        assertThat(forBob.select("form#answer input[name=_csrf]").attr("value"))
                .isNotEqualTo(forAlice.select("form#answer input[name=_csrf]").attr("value"));

        Document forReader = page(q, null);
        assertThat(forReader.select(".post-controls, .vote-button, form#answer")).isEmpty();
        assertThat(forReader.select("#answer-" + bobs + " .vote-count").first().text()).isEqualTo("1");
    }

    @Test
    void anEditAndAnUndoneVoteShowOnTheNextReadOfEveryone() throws Exception {
        MockHttpSession asker = member("editasker");
        MockHttpSession reader = member("editreader");
        long q = ask("editasker", "Who owns the platform budget?");
        page(q, reader);
        page(q, null);

        send(asker, "/questions/" + q + "/edit", "title", "Who owns the cloud budget?", "body", "Edited *text*",
                "roles", "cto");
        send(reader, "/questions/" + q + "/upvote");
        assertThat(page(q, reader).select("#question-title").text()).isEqualTo("Who owns the cloud budget?");
        assertThat(voteTitle(page(q, reader), "#question-" + q + " > .question-post")).isEqualTo("Remove upvote");
        assertThat(page(q, null).select(".question-post .post-body em").text()).isEqualTo("text");

        send(reader, "/questions/" + q + "/upvote/delete");
        Document after = page(q, reader);
        assertThat(voteTitle(after, "#question-" + q + " > .question-post")).isEqualTo("Upvote");
        assertThat(after.select("#question-" + q + " .vote-count").first().text()).isEqualTo("0");
        assertThat(page(q, asker).select("#question-" + q + " .vote-count").first().text()).isEqualTo("0");
    }

    @Test
    void aHiddenAnswerShowsToItsAuthorAndModeratorsOnlyWhileOthersShareThePublicPage() throws Exception {
        MockHttpSession author = member("hiddenauthor");
        MockHttpSession other = member("hiddenother");
        MockHttpSession moderator = member("hiddenmod");
        jdbc.sql("insert into member_authority (member_id, authority) values (?, 'moderator')")
                .param(members.findByUsername("hiddenmod").orElseThrow().id()).update();
        long q = ask("hiddenother", "How do staff engineers set direction?");
        long hidden = answer("hiddenauthor", q, "Buy my course.");
        page(q, other);

        send(moderator, "/moderation/answers/" + hidden + "/hide", "reason", "advertising");

        assertThat(page(q, other).select("#answer-" + hidden)).isEmpty();
        assertThat(page(q, null).select("#answer-" + hidden)).isEmpty();
        Document forAuthor = page(q, author);
        assertThat(forAuthor.select("#answer-" + hidden + " .moderation-mark.hidden")).hasSize(1);
        assertThat(forAuthor.select("#answer-" + hidden + " .post-controls")).hasSize(1);
        assertThat(page(q, moderator).select("#answer-" + hidden + " .moderation-mark.hidden")).hasSize(1);
        assertThat(reads.hasUnlisted(q, members.findByUsername("hiddenauthor").orElseThrow().id()))
                .isTrue();
        assertThat(reads.hasUnlisted(q, members.findByUsername("hiddenother").orElseThrow().id()))
                .isFalse();
    }
}
