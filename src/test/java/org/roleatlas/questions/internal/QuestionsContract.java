package org.roleatlas.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * Questions and answers through the web pages, the API and the service: behaviour and the security rules
 * (CSRF, authorship, anonymity, inert member text). Own database (it creates members and posts), once per engine.
 * The {@code post} limit is raised here: these tests post far faster than a person; RateLimiterTest covers limits.
 */
@CommunityContract
abstract class QuestionsContract extends CommunityFixture {

    private static final Pattern QUESTION_URL = Pattern.compile("/questions/(\\d+)$");

    @Autowired
    QuestionService questions;

    /** A member with a full profile, signed in; each sign-up from its own address (the sign-up limit is per address). */
    MockHttpSession member(String username) throws Exception {
        return new MemberSessions(mvc).signUpWithProfile(username, "Name of " + username);
    }

    String token(MockHttpSession session) throws Exception {
        return new MemberSessions(mvc).createToken(session, "api");
    }

    long ask(MockHttpSession session, String title, String body, boolean anonymous, String... roles) throws Exception {
        var request = post("/questions").session(session).with(csrf()).param("title", title).param("body", body)
                .param("roles", roles);
        if (anonymous) {
            request.param("anonymous", "true");
        }
        String location = mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        Matcher m = QUESTION_URL.matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return Long.parseLong(m.group(1));
    }

    void answer(MockHttpSession session, long questionId, String body, boolean anonymous) throws Exception {
        mvc.perform(post("/questions/" + questionId + "/answers").session(session).with(csrf()).param("body", body)
                .param("anonymous", Boolean.toString(anonymous))).andExpect(status().isFound());
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    Member stored(String username) {
        return members.findByUsername(username).orElseThrow();
    }

    @Test
    void askWithTwoRolesAnswerAsASecondMemberAndListByRole() throws Exception {
        MockHttpSession asker = member("asker");
        MockHttpSession answerer = member("answerer");
        long id = ask(asker, "How do a CTO and a CIO split the budget?", "Who owns **what**?", false, "cto", "cio");
        answer(answerer, id, "The CIO runs *internal* IT.", false);

        String html = mvc.perform(get("/questions/" + id).session(answerer)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store")).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("ul.role-tags a").eachAttr("href")).containsExactly("/roles/cto", "/roles/cio");
        assertThat(page.select(".post-body strong").text()).isEqualTo("what");
        assertThat(page.select(".answer .post-body em").text()).isEqualTo("internal");
        assertThat(page.select(".answer .signature").text())
                .isEqualTo("Name of answerer · Chief Information Officer in Manufacturing, 10,001+ employees");
        assertThat(page.select(".answer .post-controls")).hasSize(1); // the answerer's own answer only
        assertThat(page.select("#question-" + id + " > .question-post > .post-main > .post-actions > .post-controls")).isEmpty();
        assertThat(page.select("form#answer input[name=_csrf]")).hasSize(1);

        assertThat(Jsoup.parse(page("/questions?role=cio")).select("#question-" + id + " h2").text())
                .isEqualTo("How do a CTO and a CIO split the budget?");
        assertThat(page("/questions?role=cto")).contains("/questions/" + id + "\"");
        assertThat(page("/roles/cio/discussions")).contains("/questions/" + id + "\"").contains("1 answer");
        assertThat(page("/questions?role=ciso")).doesNotContain("/questions/" + id + "\"");
        assertThat(page("/roles/cio")).contains("href=\"/roles/cio/discussions\"");
        assertThat(mvc.perform(get("/questions/" + id)).andReturn().getResponse().getHeader("Cache-Control"))
                .as("an anonymous reader's page is not personal").isNull();
    }

    @Test
    void fieldErrorsNameTheFieldAndAnUnknownRoleIsRefused() throws Exception {
        MockHttpSession session = member("sloppy");
        String html = mvc.perform(post("/questions").session(session).with(csrf()).param("title", " ")
                        .param("body", "text").param("roles", "chief-wizard"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select(".field-error").eachText()).hasSize(2)
                .first().isEqualTo("Title: 1 to 200 characters");
        assertThat(Jsoup.parse(html).select("#roles-error").text())
                .startsWith("Roles: no role 'chief-wizard' in the catalogue");
        assertThat(count("question where author_id = " + stored("sloppy").id())).isZero();
        mvc.perform(get("/questions/new")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsForbiddenAndStoresNothing() throws Exception {
        MockHttpSession session = member("forged");
        long id = ask(session, "Real question", "Body", false, "cto");

        mvc.perform(post("/questions").session(session).param("title", "Forged").param("body", "x").param("roles", "cto"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + id + "/answers").session(session).param("body", "Forged answer"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + id + "/delete").session(session)).andExpect(status().isForbidden());

        assertThat(count("question where title = 'Forged'")).isZero();
        assertThat(count("answer where question_id = " + id)).isZero();
        assertThat(count("question where id = " + id + " and deleted_at is null")).isOne();
    }

    @Test
    void aMemberCannotEditOrDeleteAnotherMembersPost() throws Exception {
        MockHttpSession owner = member("postowner");
        MockHttpSession other = member("intruder");
        long id = ask(owner, "Mine", "Original", false, "cto");
        answer(owner, id, "My answer", false);
        long answerId = jdbc.sql("select id from answer where question_id = ?").param(id).query(Long.class).single();

        mvc.perform(get("/questions/" + id + "/edit").session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + id + "/edit").session(other).with(csrf()).param("title", "Hacked")
                .param("body", "Hacked")).andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + id + "/delete").session(other).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/answers/" + answerId + "/edit").session(other).with(csrf()).param("body", "Hacked"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/answers/" + answerId + "/delete").session(other).with(csrf())).andExpect(status().isForbidden());

        String html = page("/questions/" + id);
        assertThat(html).contains("Original").contains("My answer").doesNotContain("Hacked");
        assertThat(count("post_edit where post_id in (" + id + ", " + answerId + ")")).isZero();
        assertThat(count("answer where id = " + answerId + " and deleted_at is null")).isOne();
    }

    @Test
    void editsAreRecordedAndSoftDeletedPostsDisappearButStayStored() throws Exception {
        MockHttpSession owner = member("editor1");
        long id = ask(owner, "Before", "First text", false, "cto");
        answer(owner, id, "Answer text", false);
        long answerId = jdbc.sql("select id from answer where question_id = ?").param(id).query(Long.class).single();

        mvc.perform(post("/questions/" + id + "/edit").session(owner).with(csrf()).param("title", "After")
                .param("body", "Second text")).andExpect(redirectedUrl("/questions/" + id));
        assertThat(page("/questions/" + id)).contains("After").contains("Second text").doesNotContain("First text");
        assertThat(jdbc.sql("select previous_markdown from post_edit where kind = 'question' and post_id = ?").param(id)
                .query(String.class).single()).isEqualTo("First text");
        assertThat(jdbc.sql("select previous_title from post_edit where kind = 'question' and post_id = ?").param(id)
                .query(String.class).single()).isEqualTo("Before");

        mvc.perform(post("/answers/" + answerId + "/delete").session(owner).with(csrf()))
                .andExpect(redirectedUrl("/questions/" + id));
        assertThat(page("/questions/" + id)).doesNotContain("Answer text").contains("0 answers");
        mvc.perform(post("/questions/" + id + "/delete").session(owner).with(csrf())).andExpect(redirectedUrl("/questions"));
        mvc.perform(get("/questions/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/questions/" + id)).andExpect(status().isNotFound());
        assertThat(page("/questions?role=cto")).doesNotContain("/questions/" + id + "\"");
        assertThat(count("question where id = " + id + " and deleted_at is not null")).isOne();
        assertThat(count("answer where id = " + answerId + " and deleted_at is not null")).isOne();
    }

    @Test
    void anAnonymousAuthorsNameAndUsernameAppearInNoPageAndNoApiResponse() throws Exception {
        MockHttpSession hidden = member("whistleblower");
        String form = mvc.perform(get("/questions/new").session(hidden)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(Jsoup.parse(form).select("label.check").text())
                .as("the form says what the anonymous signature will show")
                .contains("signed only “Anonymous · Member in Manufacturing, 5,001+ employees”");
        long id = ask(hidden, "Anonymous question about MLOps", "Asked anonymously", true, "mlops-engineer");
        answer(hidden, id, "Answered anonymously", true);

        List<String> responses = List.of(page("/questions/" + id), page("/questions?role=mlops-engineer"),
                page("/roles/mlops-engineer/discussions"),
                mvc.perform(get("/api/questions/" + id)).andReturn().getResponse().getContentAsString(),
                mvc.perform(get("/api/questions?role=mlops-engineer")).andReturn().getResponse().getContentAsString());
        for (String response : responses) {
            assertThat(response).contains("Anonymous question about MLOps")
                    .doesNotContainIgnoringCase("whistleblower").doesNotContain("Name of whistleblower");
        }
        // Coarser than a named signature (no free-text title, a wide size band), so it cannot be matched to the
        // author's named posts, which read "Chief Information Officer in Manufacturing, 10,001+ employees".
        assertThat(Jsoup.parse(responses.get(0)).select(".signature").eachText()).containsOnly(
                "Anonymous · Member in Manufacturing, 5,001+ employees");
        for (String response : responses) {
            assertThat(response).doesNotContain("Chief Information Officer in Manufacturing, 10,001+");
        }
        mvc.perform(get("/api/questions/" + id)).andExpect(jsonPath("$.author.anonymous").value(true))
                .andExpect(jsonPath("$.author.title").doesNotExist())
                .andExpect(jsonPath("$.author.companySize").value("5,001+"))
                .andExpect(jsonPath("$.author.displayName").doesNotExist())
                .andExpect(jsonPath("$.answers[0].author.anonymous").value(true));
    }

    @Test
    void everyXssVectorStoredAsTitleBodyAndAnswerRendersInert() throws Exception {
        member("xsswriter");
        Member writer = stored("xsswriter");
        for (String vector : InertHtml.xssVectors()) {
            String title = vector.strip().length() > 200 ? vector.strip().substring(0, 200) : vector;
            long id = questions.ask(writer, new QuestionService.NewQuestion(title, vector, List.of("cto"), false));
            questions.answer(writer, id, vector, false);

            Document page = Jsoup.parse(page("/questions/" + id));
            Element heading = page.selectFirst("#question-title");
            assertThat(heading.children()).as("title %s is text", vector).isEmpty();
            assertThat(page.select(".post-body")).hasSize(2);
            for (Element body : page.select(".post-body")) {
                InertHtml.assertInert(body.html(), vector);
            }
            assertThat(page.select("script")).as("only the site's own script").hasSize(1);
            Document list = Jsoup.parse(page("/questions?role=cto"));
            assertThat(list.select("#question-" + id + " h2 a").first().children()).isEmpty();
        }
    }

    @Test
    void listsPageByKeysetWithBefore() throws Exception {
        member("prolific");
        Member writer = stored("prolific");
        for (int i = 1; i <= 23; i++) {
            questions.ask(writer, new QuestionService.NewQuestion("Paged " + i, "Body", List.of("qa-engineer"), false));
        }
        String first = mvc.perform(get("/api/questions?role=qa-engineer")).andExpect(status().isOk())
                .andExpect(jsonPath("$.questions.length()").value(20))
                .andExpect(jsonPath("$.questions[0].title").value("Paged 23"))
                .andExpect(jsonPath("$.questions[19].title").value("Paged 4"))
                .andReturn().getResponse().getContentAsString();
        long next = Long.parseLong(first.replaceAll("(?s).*\"nextBefore\":(\\d+).*", "$1"));

        mvc.perform(get("/api/questions?role=qa-engineer&before=" + next))
                .andExpect(jsonPath("$.questions.length()").value(3))
                .andExpect(jsonPath("$.questions[2].title").value("Paged 1"))
                .andExpect(jsonPath("$.nextBefore").doesNotExist());
        Document page = Jsoup.parse(page("/questions?role=qa-engineer"));
        assertThat(page.select("#next-page").attr("href")).isEqualTo("/questions?role=qa-engineer&before=" + next);
        assertThat(Jsoup.parse(page("/questions?role=qa-engineer&before=" + next)).select(".question-item")).hasSize(3);
    }

    @Test
    void theApiAsksAndAnswersWithATokenAndRefusesBadInput() throws Exception {
        MockHttpSession session = member("apiclient");
        String token = token(session);

        String location = mvc.perform(post("/api/questions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Via the API\",\"body\":\"Hello *API*\",\"roles\":[\"cto\",\"vp-of-engineering\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/api/questions/\\d+");
        mvc.perform(post(location + "/answers").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"An answer\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get(location)).andExpect(jsonPath("$.title").value("Via the API"))
                .andExpect(jsonPath("$.roles[0]").value("cto"))
                .andExpect(jsonPath("$.bodyHtml").value("<p>Hello <em>API</em></p>\n"))
                .andExpect(jsonPath("$.answerCount").value(1))
                .andExpect(jsonPath("$.author.displayName").value("Name of apiclient"))
                .andExpect(jsonPath("$.answers[0].author.industry").value("Manufacturing"));

        mvc.perform(post("/api/questions").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Bad\",\"body\":\"x\",\"roles\":[\"chief-wizard\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Roles: no role 'chief-wizard' in the catalogue")));
        mvc.perform(post("/api/questions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"No token\",\"body\":\"x\",\"roles\":[\"cto\"]}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        assertThat(count("question where title in ('Bad', 'No token')")).isZero();
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }
}
