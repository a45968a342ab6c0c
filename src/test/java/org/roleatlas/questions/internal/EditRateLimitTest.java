package org.roleatlas.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.Members;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shipped {@code edit} limit (10 a minute per member): every edit keeps a revision, so a member cannot rewrite a
 * question forty times in a row; the eleventh edit in a minute is answered 429 and keeps no revision.
 */
@SpringBootTest
@OwnDatabase
@AutoConfigureMockMvc
@ActiveProfiles("h2")
class EditRateLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    QuestionService questions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theEleventhEditInAMinuteIsRefusedAndKeepsNoRevision() throws Exception {
        MemberSessions sessions = new MemberSessions(mvc);
        sessions.signUp("fasteditor", "Editor");
        String bearer = "Bearer " + sessions.createToken(sessions.signIn("fasteditor"), "api");
        long id = questions.ask(members.findByUsername("fasteditor").orElseThrow(),
                new QuestionService.NewQuestion("Edit limit", "Body", List.of("cto"), false));

        for (int i = 0; i < 10; i++) {
            mvc.perform(put("/api/questions/" + id).header("Authorization", bearer)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\": \"Edit limit " + i + "\", \"body\": \"Body " + i + "\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(put("/api/questions/" + id).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"One too many\", \"body\": \"Body\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("You are editing too fast")));
        assertThat(jdbc.sql("select count(*) from post_edit where kind = 'question' and post_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(10);
    }
}
