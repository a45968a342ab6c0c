package org.roleatlas.comments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.CommunityFixture;
import org.roleatlas.InertHtml;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.posts.PostKind;
import org.roleatlas.questions.internal.QuestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * Comments on questions and answers through the pages, the API and the service: threads and "Read more comments"
 * paging, counts, authorship, anonymity, CSRF and inert member text. Own database, once per engine; the
 * {@code post} limit is raised because these tests comment far faster than a person.
 */
@CommunityContract
abstract class CommentsContract extends CommunityFixture {

    private static final Pattern COMMENT_URL = Pattern.compile("#comment-(\\d+)$");

    @Autowired
    QuestionService questions;
    @Autowired
    CommentService comments;

    MockHttpSession member(String username) throws Exception {
        return new MemberSessions(mvc).signUpWithProfile(username, "Name of " + username);
    }

    Member stored(String username) {
        return members.findByUsername(username).orElseThrow();
    }

    long question(String username) {
        return questions.ask(stored(username), new QuestionService.NewQuestion("Question of " + username, "Body",
                List.of("cto"), false));
    }

    /** Comments through the web form; returns the new comment's id from the redirect. */
    long comment(MockHttpSession session, String post, String body, boolean anonymous) throws Exception {
        String location = mvc.perform(post(post + "/comments").session(session).with(csrf()).param("body", body)
                        .param("anonymous", Boolean.toString(anonymous)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        Matcher m = COMMENT_URL.matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return Long.parseLong(m.group(1));
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void commentOnAQuestionAndOnAnAnswer() throws Exception {
        MockHttpSession session = member("commenter");
        long q = question("commenter");
        long a = questions.answer(stored("commenter"), q, "An answer", false);
        long onQuestion = comment(session, "/questions/" + q, "Nice *question*", false);
        long onAnswer = comment(session, "/answers/" + a, "Nice answer", false);

        Document page = Jsoup.parse(mvc.perform(get("/questions/" + q).session(session))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#comments-question-" + q + " #comment-" + onQuestion + " .comment-body em").text())
                .isEqualTo("question");
        assertThat(page.select("#answer-" + a + " #comment-" + onAnswer + " .signature").text())
                .isEqualTo("Name of commenter · Chief Information Officer in Manufacturing, 10,001+ employees");
        assertThat(page.select("#comments-question-" + q + " .comment-count").text()).isEqualTo("1 Comment");
        assertThat(page.select("form.comment-form input[name=_csrf]")).hasSize(2);
        assertThat(Jsoup.parse(page("/questions/" + q)).select("form.comment-form")).as("signed out: no form").isEmpty();
        mvc.perform(get("/api/questions/" + q)).andExpect(jsonPath("$.comments").value(1))
                .andExpect(jsonPath("$.answers[0].comments").value(1));
    }

    @Test
    void readMoreCommentsPagesByKeyset() throws Exception {
        member("chatty");
        Member chatty = stored("chatty");
        long q = question("chatty");
        for (int i = 1; i <= 25; i++) {
            comments.add(chatty, PostKind.QUESTION, q, "Comment " + i, false);
        }
        Document page = Jsoup.parse(page("/questions/" + q));
        assertThat(page.select("#comments-question-" + q + " .comment-body").eachText())
                .containsExactly("Comment 1", "Comment 2", "Comment 3");
        Element more = page.selectFirst("#comments-question-" + q + " a.more-comments-link");
        assertThat(more.text()).isEqualTo("Read more comments (22 more)");
        assertThat(more.attr("hx-get")).isEqualTo(more.attr("href"));

        Document second = Jsoup.parse(page(more.attr("href")));
        assertThat(second.select(".comment-body").eachText()).hasSize(20).startsWith("Comment 4").endsWith("Comment 23");
        Element next = second.selectFirst("a.more-comments-link");
        assertThat(next.text()).isEqualTo("Read more comments (2 more)");
        Document third = Jsoup.parse(page(next.attr("href")));
        assertThat(third.select(".comment-body").eachText()).containsExactly("Comment 24", "Comment 25");
        assertThat(third.select("a.more-comments-link")).isEmpty();

        String fragment = mvc.perform(get(more.attr("href")).header("HX-Request", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("Comment 4").contains("Read more comments (2 more)");

        mvc.perform(get("/api/questions/" + q + "/comments")).andExpect(jsonPath("$.comments.length()").value(20))
                .andExpect(jsonPath("$.count").value(25)).andExpect(jsonPath("$.comments[0].bodyHtml")
                        .value("<p>Comment 1</p>\n"));
        mvc.perform(get("/questions/" + (q + 1000) + "/comments?on=question&post=" + q))
                .andExpect(status().isNotFound());
    }

    @Test
    void editOwnCommentButNotAnothersAndSoftDeleteDecrementsTheCount() throws Exception {
        MockHttpSession owner = member("cowner");
        MockHttpSession other = member("cintruder");
        long q = question("cowner");
        long id = comment(owner, "/questions/" + q, "Original comment", false);
        comment(owner, "/questions/" + q, "Second comment", false);

        mvc.perform(get("/comments/" + id + "/edit").session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + id + "/edit").session(other).with(csrf()).param("body", "Hacked"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + id + "/delete").session(other).with(csrf())).andExpect(status().isForbidden());
        assertThat(page("/questions/" + q)).contains("Original comment").doesNotContain("Hacked");
        assertThat(count("comment where id = " + id + " and deleted_at is null")).isOne();

        mvc.perform(post("/comments/" + id + "/edit").session(owner).with(csrf()).param("body", "Edited comment"))
                .andExpect(status().isFound());
        assertThat(page("/questions/" + q)).contains("Edited comment").doesNotContain("Original comment");
        assertThat(jdbc.sql("select previous_markdown from post_edit where kind = 'comment' and post_id = ?").param(id)
                .query(String.class).single()).isEqualTo("Original comment");

        mvc.perform(post("/comments/" + id + "/delete").session(owner).with(csrf())).andExpect(status().isFound());
        Document page = Jsoup.parse(page("/questions/" + q));
        assertThat(page.select(".comment-body").eachText()).containsExactly("Second comment");
        assertThat(page.select("#comments-question-" + q + " .comment-count").text()).isEqualTo("1 Comment");
        assertThat(count("comment where id = " + id + " and deleted_at is not null")).isOne();
        assertThat(jdbc.sql("select comment_count from question where id = ?").param(q).query(Integer.class).single())
                .isOne();
        mvc.perform(post("/comments/" + id + "/delete").session(owner).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void commentsOnDeletedPostsAreNotFound() throws Exception {
        MockHttpSession owner = member("deleter");
        long q = question("deleter");
        long a = questions.answer(stored("deleter"), q, "Answer", false);
        questions.deleteAnswer(stored("deleter"), a);
        mvc.perform(post("/answers/" + a + "/comments").session(owner).with(csrf()).param("body", "Late"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/answers/" + a + "/comments")).andExpect(status().isNotFound());
        questions.deleteQuestion(stored("deleter"), q);
        mvc.perform(post("/questions/" + q + "/comments").session(owner).with(csrf()).param("body", "Late"))
                .andExpect(status().isNotFound());
        assertThat(count("comment where body_markdown = 'Late'")).isZero();
    }

    @Test
    void anAnonymousCommentersNameAndUsernameAppearNowhere() throws Exception {
        MockHttpSession hidden = member("shycommenter");
        member("asker2");
        long q = question("asker2");
        long a = questions.answer(stored("asker2"), q, "Answer", false);
        comment(hidden, "/questions/" + q, "Anonymous on question", true);
        comment(hidden, "/answers/" + a, "Anonymous on answer", true);

        List<String> responses = List.of(page("/questions/" + q),
                page("/questions/" + q + "/comments?on=question&post=" + q),
                page("/questions/" + q + "/comments?on=answer&post=" + a),
                mvc.perform(get("/api/questions/" + q + "/comments")).andReturn().getResponse().getContentAsString(),
                mvc.perform(get("/api/answers/" + a + "/comments")).andReturn().getResponse().getContentAsString());
        for (String response : responses) {
            assertThat(response).containsPattern("Anonymous on (question|answer)")
                    .doesNotContainIgnoringCase("shycommenter").doesNotContain("Name of shycommenter");
        }
        assertThat(Jsoup.parse(responses.get(0)).select(".comment .signature").eachText()).containsOnly(
                "Anonymous · Member in Manufacturing, 5,001+ employees");
        mvc.perform(get("/api/answers/" + a + "/comments")).andExpect(jsonPath("$.comments[0].author.anonymous").value(true))
                .andExpect(jsonPath("$.comments[0].author.displayName").doesNotExist());
    }

    @Test
    void aCommentWithoutTheCsrfTokenIsForbiddenAndStoresNothing() throws Exception {
        MockHttpSession session = member("cforged");
        long q = question("cforged");
        long id = comment(session, "/questions/" + q, "Real comment", false);

        mvc.perform(post("/questions/" + q + "/comments").session(session).param("body", "Forged"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + id + "/edit").session(session).param("body", "Forged"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + id + "/delete").session(session)).andExpect(status().isForbidden());
        assertThat(count("comment where body_markdown = 'Forged'")).isZero();
        assertThat(count("comment where id = " + id + " and deleted_at is null")).isOne();
    }

    @Test
    void aTooLongCommentIsRefusedWithTheFieldNamed() throws Exception {
        MockHttpSession session = member("verbose");
        long q = question("verbose");
        String html = mvc.perform(post("/questions/" + q + "/comments").session(session).with(csrf())
                        .param("body", "x".repeat(2001)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select(".field-error").text()).isEqualTo("Comment: 1 to 2,000 characters");
        assertThat(count("comment where post_id = " + q)).isZero();
    }

    @Test
    void everyXssVectorStoredAsACommentRendersInert() throws Exception {
        member("xsscommenter");
        Member writer = stored("xsscommenter");
        long q = question("xsscommenter");
        List<String> vectors = InertHtml.xssVectors();
        for (String vector : vectors) {
            comments.add(writer, PostKind.QUESTION, q, vector.length() > 2000 ? vector.substring(0, 2000) : vector,
                    false);
        }
        Document first = Jsoup.parse(page("/questions/" + q));
        List<Element> bodies = new java.util.ArrayList<>(first.select(".comment-body"));
        String next = first.select("a.more-comments-link").attr("href");
        while (!next.isEmpty()) {
            Document more = Jsoup.parse(page(next));
            bodies.addAll(more.select(".comment-body"));
            assertThat(more.select("script")).as("only the site's own script").hasSize(1);
            next = more.select("a.more-comments-link").attr("href");
        }
        assertThat(bodies).hasSize(vectors.size());
        for (int i = 0; i < bodies.size(); i++) {
            InertHtml.assertInert(bodies.get(i).html(), vectors.get(i));
        }
        assertThat(first.select("script")).as("only the site's own script").hasSize(1);
    }

    @Test
    void theApiCreatesAndListsCommentsWithATokenAndRefusesWithoutOne() throws Exception {
        MockHttpSession session = member("capiclient");
        String token = new MemberSessions(mvc).createToken(session, "api");
        long q = question("capiclient");
        long a = questions.answer(stored("capiclient"), q, "Answer", false);

        String location = mvc.perform(post("/api/answers/" + a + "/comments").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Via *API*\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location)).andExpect(jsonPath("$.comments[0].bodyHtml").value("<p>Via <em>API</em></p>\n"))
                .andExpect(jsonPath("$.comments[0].author.displayName").value("Name of capiclient"));
        mvc.perform(post("/api/questions/" + q + "/comments").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"On the question\",\"anonymous\":true}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/questions/" + q + "/comments")).andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.nextAfter").doesNotExist())
                .andExpect(jsonPath("$.comments[0].author.anonymous").value(true));
        mvc.perform(post("/api/questions/" + q + "/comments").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(post("/api/questions/" + q + "/comments").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"No token\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        assertThat(count("comment where body_markdown = 'No token'")).isZero();
        mvc.perform(get("/api/questions/" + q)).andExpect(jsonPath("$.comments").value(1))
                .andExpect(jsonPath("$.answers[0].comments").value(1));
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }
}
