package org.roleatlas.members.internal;

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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * Member pages and "My posts": what each reader is shown of a member's posts (the visibility rule of
 * {@code posts.Viewer}, and never an anonymous post on the public page). Own database, once per engine.
 */
@CommunityContract
abstract class MemberPagesContract extends CommunityFixture {

    MockHttpSession member(String username) throws Exception {
        return new MemberSessions(mvc).signUpWithProfile(username, "Name of " + username);
    }

    long ask(MockHttpSession session, String title, boolean anonymous) throws Exception {
        String location = mvc.perform(post("/questions").session(session).with(csrf()).param("title", title)
                        .param("body", "What " + title + " means.").param("roles", "cto")
                        .param("anonymous", Boolean.toString(anonymous)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long answer(MockHttpSession session, long questionId, boolean anonymous) throws Exception {
        String location = mvc.perform(post("/questions/" + questionId + "/answers").session(session).with(csrf())
                        .param("body", "An answer.").param("anonymous", Boolean.toString(anonymous)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.indexOf("#answer-") + "#answer-".length()));
    }

    Document page(String path, MockHttpSession session) throws Exception {
        var request = get(path).accept(MediaType.TEXT_HTML);
        if (session != null) {
            request.session(session);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    List<String> listed(Document page) {
        return page.select("#posts > li").eachAttr("id");
    }

    @Test
    void aMemberPageShowsTheSignatureAndNamedPostsButNeverAnonymousOnes() throws Exception {
        MockHttpSession writer = member("writer");
        MockHttpSession other = member("other");
        long named = ask(writer, "Who owns the data platform", false);
        long anonymous = ask(writer, "Should I leave my CTO job", true);
        long theirs = ask(other, "How large should a platform team be", false);
        long namedAnswer = answer(writer, theirs, false);
        answer(writer, theirs, true);

        for (MockHttpSession reader : new MockHttpSession[] {null, other, writer}) {
            Document page = page("/members/writer", reader);

            assertThat(page.selectFirst("#member-name").text()).isEqualTo("Name of writer");
            assertThat(page.selectFirst("#member-signature").text())
                    .isEqualTo("Chief Information Officer in Manufacturing, 10,001+ employees");
            assertThat(page.selectFirst("#member-counts").text()).isEqualTo("1 question · 1 answer");
            assertThat(listed(page)).containsExactly("answer-" + namedAnswer, "question-" + named);
            assertThat(page.text()).doesNotContain("Should I leave my CTO job").contains("Member since");
            assertThat(page.html()).doesNotContain("/questions/" + anonymous);
        }
    }

    @Test
    void hiddenAndHeldPostsAreListedOnlyForTheirAuthorAndModerators() throws Exception {
        MockHttpSession author = member("hiddenauthor");
        MockHttpSession stranger = member("stranger");
        MockHttpSession moderator = member("pagemod");
        jdbc.sql("insert into member_authority (member_id, authority) values (?, 'moderator')")
                .param(members.findByUsername("pagemod").orElseThrow().id()).update();
        long visible = ask(author, "A visible question", false);
        long hidden = ask(author, "A hidden question", false);
        long held = ask(author, "A held question", false);
        jdbc.sql("update question set moderation = 'hidden' where id = ?").param(hidden).update();
        jdbc.sql("update question set moderation = 'held' where id = ?").param(held).update();

        assertThat(listed(page("/members/hiddenauthor", null))).containsExactly("question-" + visible);
        assertThat(listed(page("/members/hiddenauthor", stranger))).containsExactly("question-" + visible);
        assertThat(page("/members/hiddenauthor", null).selectFirst("#member-counts").text())
                .isEqualTo("1 question · 0 answers");
        assertThat(listed(page("/members/hiddenauthor", author)))
                .containsExactly("question-" + held, "question-" + hidden, "question-" + visible);
        assertThat(listed(page("/members/hiddenauthor", moderator)))
                .containsExactly("question-" + held, "question-" + hidden, "question-" + visible);
    }

    @Test
    void myPostsListsEveryPostOfTheAuthorWithAnonymousHeldAndHiddenMarked() throws Exception {
        MockHttpSession author = member("mine");
        long named = ask(author, "My named question", false);
        long anonymous = ask(author, "My anonymous question", true);
        long hidden = ask(author, "My hidden question", false);
        jdbc.sql("update question set moderation = 'hidden' where id = ?").param(hidden).update();
        long answer = answer(author, named, true);

        Document page = page("/me/posts", author);

        assertThat(listed(page)).containsExactly("answer-" + answer, "question-" + hidden, "question-" + anonymous,
                "question-" + named);
        assertThat(page.selectFirst("#question-" + anonymous).text()).contains("posted anonymously");
        assertThat(page.selectFirst("#answer-" + answer).text()).contains("posted anonymously");
        assertThat(page.selectFirst("#question-" + hidden).text()).contains("hidden by a moderator")
                .doesNotContain("anonymously");
        assertThat(page.selectFirst("#question-" + named).text()).doesNotContain("anonymously")
                .doesNotContain("hidden");
        assertThat(page.selectFirst("#member-counts").text()).isEqualTo("3 questions · 1 answer");
        mvc.perform(get("/me/posts")).andExpect(status().is3xxRedirection());
    }

    @Test
    void namedSignaturesLinkToTheMemberPageAndAnonymousOnesLinkNowhere() throws Exception {
        MockHttpSession author = member("linked");
        long named = ask(author, "A question signed with a name", false);
        long anonymous = ask(author, "A question signed without one", true);

        assertThat(page("/questions/" + named, null).select(".signature a").eachAttr("href"))
                .containsExactly("/members/linked");
        assertThat(page("/questions/" + anonymous, null).select("a[href^=/members/]")).isEmpty();
        assertThat(page("/questions", null).select("a[href=/members/linked]")).hasSize(1);
    }

    @Test
    void memberPagesPageByTwentyAndRefuseAnUnknownMemberOrPage() throws Exception {
        MockHttpSession author = member("prolific");
        for (int i = 1; i <= 21; i++) {
            ask(author, "Question number " + i, false);
        }

        Document first = page("/members/prolific", null);
        Document second = page(first.selectFirst("#next-page").attr("href"), null);

        assertThat(listed(first)).hasSize(20);
        assertThat(second.select("#posts > li h2").eachText()).containsExactly("Question number 1");
        assertThat(second.selectFirst("#previous-page").attr("href")).isEqualTo("/members/prolific");
        mvc.perform(get("/members/nobody-here")).andExpect(status().isNotFound());
        mvc.perform(get("/members/prolific?page=0")).andExpect(status().isBadRequest());
        mvc.perform(get("/members/prolific?page=x")).andExpect(status().isBadRequest());
    }
}
