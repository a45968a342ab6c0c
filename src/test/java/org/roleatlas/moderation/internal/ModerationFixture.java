package org.roleatlas.moderation.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.Members;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Members, moderators, tokens and page reads for the moderation suites. */
final class ModerationFixture {

    private final MockMvc mvc;
    private final Members members;
    private final JdbcClient jdbc;

    ModerationFixture(MockMvc mvc, Members members, JdbcClient jdbc) {
        this.mvc = mvc;
        this.members = members;
        this.jdbc = jdbc;
    }

    /** A member with a profile, signed in. */
    MockHttpSession member(String username) throws Exception {
        return new MemberSessions(mvc).signUpWithProfile(username, "Name of " + username);
    }

    /** A signed-in member with the moderator authority (granted as `member add --moderator` does). */
    MockHttpSession moderator(String username) throws Exception {
        MockHttpSession session = member(username);
        jdbc.sql("insert into member_authority (member_id, authority) values (?, 'moderator')")
                .param(stored(username).id()).update();
        return session;
    }

    Member stored(String username) {
        return members.findByUsername(username).orElseThrow();
    }

    String token(MockHttpSession session) throws Exception {
        return new MemberSessions(mvc).createToken(session, "api");
    }

    /** A page as someone who is not signed in sees it. */
    String page(String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    String json(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A JSON POST with a bearer token. */
    ResultActions postJson(String path, String token, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }

    String moderation(String table, long id) {
        return jdbc.sql("select moderation from " + table + " where id = ?").param(id).query(String.class).single();
    }
}
