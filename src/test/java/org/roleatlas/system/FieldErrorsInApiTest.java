package org.roleatlas.system;

import org.roleatlas.system.errors.InvalidFieldsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.springframework.test.context.ActiveProfiles;
import org.roleatlas.accounts.MemberSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every API that validates input answers a refused field the same way: 400, an RFC 9457 problem detail whose
 * {@code errors} names each field with its message, and a {@code detail} that sums them up.
 */
@CommunityContract
@ActiveProfiles("h2")
class FieldErrorsInApiTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void questionsAnswersAndPollsNameTheRefusedField() throws Exception {
        String token = token(false);
        refused(post("/api/questions"), token, """
                {"title": "", "body": "B", "roles": ["cto"]}""")
                .andExpect(jsonPath("$.errors.title").value(containsString("Title")))
                .andExpect(jsonPath("$.detail").value(containsString("Title")));
        refused(post("/api/questions"), token, """
                {"title": "T", "body": "B", "roles": ["cto"], "poll": {"options": ["Only one"]}}""")
                .andExpect(jsonPath("$.errors['poll.options']").exists());
        long id = created(token, """
                {"title": "T", "body": "B", "roles": ["cto"]}""");
        refused(post("/api/questions/" + id + "/answers"), token, """
                {"body": ""}""").andExpect(jsonPath("$.errors.body").exists());
        refused(put("/api/questions/" + id), token, """
                {"title": "", "body": "B"}""").andExpect(jsonPath("$.errors.title").exists());

        String pollJson = mvc.perform(post("/api/questions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "P", "body": "B", "roles": ["cto"], "poll": {"options": ["A", "B"]}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long questionWithPoll = ((Number) JsonPath.read(pollJson, "$.id")).longValue();
        long pollId = jdbc.sql("select id from poll where question_id = ?").param(questionWithPoll)
                .query(Long.class).single();
        refused(post("/api/polls/" + pollId + "/votes"), token, """
                {"option": 7}""").andExpect(jsonPath("$.errors.option").value(containsString("option")));
    }

    @Test
    void commentsAndFlagsNameTheRefusedField() throws Exception {
        String token = token(false);
        long id = created(token, """
                {"title": "T", "body": "B", "roles": ["cto"]}""");
        refused(post("/api/questions/" + id + "/comments"), token, """
                {"body": ""}""").andExpect(jsonPath("$.errors.body").value(containsString("Comment")));
        refused(post("/api/questions/" + id + "/flags"), token(false), """
                {"reason": "boring"}""").andExpect(jsonPath("$.errors.reason").value(containsString("Reason")));
    }

    @Test
    void moderationAndArticlesNameTheRefusedField() throws Exception {
        String member = token(false);
        long id = created(member, """
                {"title": "T", "body": "B", "roles": ["cto"]}""");
        String moderator = token(true);
        refused(post("/api/moderation/questions/" + id + "/hide"), moderator, """
                {"reason": ""}""").andExpect(jsonPath("$.errors.reason").exists());
        refused(post("/api/articles"), moderator, """
                {"title": "", "summary": "S", "body": "B", "roles": ["cto"]}""")
                .andExpect(jsonPath("$.errors.title").exists());
    }

    @Test
    void oneAnswerCarriesAtMostTwentyFieldErrors() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 23; i++) {
            many.put("field" + i, "Field " + i + ": refused");
        }
        Map<String, String> capped = new InvalidFieldsException(many).capped();
        assertThat(capped).hasSize(InvalidFieldsException.MAX_ERRORS + 1)
                .containsEntry("field19", "Field 19: refused").doesNotContainKey("field20")
                .containsEntry(InvalidFieldsException.MORE, "and 3 more problems");
        assertThat(new InvalidFieldsException("title", "Title: refused").capped()).containsOnlyKeys("title");
    }

    private ResultActions refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                  String token, String json) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.errors").isMap());
    }

    private long created(String token, String json) throws Exception {
        String body = mvc.perform(post("/api/questions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** A member with a token; a moderator and editor when asked (granted as the member command does). */
    private String token(boolean staff) throws Exception {
        String username = "fields" + Long.toString(System.currentTimeMillis(), 36) + NAMES.incrementAndGet();
        MemberSessions sessions = new MemberSessions(mvc);
        MockHttpSession session = sessions.signUpWithProfile(username, "Name of " + username);
        if (staff) {
            for (String authority : new String[] {"moderator", "editor"}) {
                jdbc.sql("insert into member_authority (member_id, authority) select id, ? from member "
                        + "where username = ?").param(authority).param(username).update();
            }
        }
        return sessions.createToken(session, "api");
    }
}
