package org.roleatlas.questions.internal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.accounts.MemberSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The revision history behind "edited", for questions and answers, and who may read it. */
@CommunityContract
@ActiveProfiles("h2")
class HistoryOnH2Test {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private Document page(String path, MockHttpSession session) throws Exception {
        var request = get(path);
        if (session != null) {
            request.session(session);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void editedLinksToEachVersionWithItsAuthorTimeAndAWordDiff() throws Exception {
        MockHttpSession author = new MemberSessions(mvc).signUpWithProfile("historian", "Name of historian");
        String location = mvc.perform(post("/questions").session(author).with(csrf()).param("title", "Who owns security")
                        .param("body", "The CTO owns security.").param("roles", "cto"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/questions/" + id + "/edit").session(author).with(csrf())
                .param("title", "Who owns application security").param("body", "The CISO owns security.")
                .param("roles", "cto")).andExpect(status().isFound());
        String answered = mvc.perform(post("/questions/" + id + "/answers").session(author).with(csrf())
                .param("body", "First answer text.")).andReturn().getResponse().getRedirectedUrl();
        long answer = Long.parseLong(answered.substring(answered.indexOf("#answer-") + 8));
        mvc.perform(post("/answers/" + answer + "/edit").session(author).with(csrf())
                .param("body", "Second answer text.")).andExpect(status().isFound());

        Document question = page("/questions/" + id, null);
        assertThat(question.select("a.edited").eachAttr("href"))
                .containsExactly("/questions/" + id + "/history", "/answers/" + answer + "/history");

        Document history = page("/questions/" + id + "/history", null);
        assertThat(history.select("article.revision")).hasSize(2);
        var latest = history.selectFirst("#revision-2");
        assertThat(latest.select("del").eachText()).containsExactly("CTO");
        assertThat(latest.select("ins").eachText()).containsExactly("application", "CISO");
        assertThat(latest.selectFirst(".signature a").attr("href")).isEqualTo("/members/historian");
        assertThat(latest.selectFirst("time").attr("datetime")).isNotBlank();
        assertThat(history.selectFirst("#revision-1 .revision-body").text()).isEqualTo("The CTO owns security.");
        assertThat(history.select("#revision-1 ins, #revision-1 del")).isEmpty();

        Document answerHistory = page("/answers/" + answer + "/history", null);
        assertThat(answerHistory.select("#revision-2 del").eachText()).containsExactly("First");
        assertThat(answerHistory.select("#revision-2 ins").eachText()).containsExactly("Second");

        jdbc.sql("update question set moderation = 'hidden' where id = ?").param(id).update();
        mvc.perform(get("/questions/" + id + "/history")).andExpect(status().isNotFound());
        mvc.perform(get("/answers/" + answer + "/history")).andExpect(status().isNotFound());
        assertThat(page("/questions/" + id + "/history", author).select("article.revision")).hasSize(2);
    }
}
