package org.roleatlas.notifications.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.TestMembers;
import org.roleatlas.questions.internal.QuestionService;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Members, posts and inbox reads for the notification suites. */
final class NotificationFixture {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final TestMembers testMembers;
    private final QuestionService questions;
    private final Members members;

    NotificationFixture(MockMvc mvc, JdbcClient jdbc, Members members, QuestionService questions) {
        this.members = members;
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.testMembers = new TestMembers(jdbc, members);
        this.questions = questions;
    }

    Member member(String username) {
        return testMembers.quickMember(username);
    }

    Member moderator(String username) {
        Member member = member(username);
        jdbc.sql("insert into member_authority (member_id, authority) values (?, 'moderator')").param(member.id())
                .update();
        return members.find(member.id()).orElseThrow();
    }

    MockHttpSession session(Member member) throws Exception {
        return new MemberSessions(mvc).signIn(member.username());
    }

    long ask(Member author, String title, String body, String... roles) {
        return questions.ask(author, new QuestionService.NewQuestion(title, body, List.of(roles), false));
    }

    /** The texts of the member's visible notifications, newest first. */
    List<String> texts(Member member) {
        return jdbc.sql("select text from notification where member_id = ? and visible = true order by id desc")
                .param(member.id()).query(String.class).list();
    }

    List<String> links(Member member) {
        return jdbc.sql("select link from notification where member_id = ? and visible = true order by id desc")
                .param(member.id()).query(String.class).list();
    }

    String inbox(MockHttpSession session) throws Exception {
        return mvc.perform(get("/notifications").session(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    void setting(Member member, String kind, String delivery) throws Exception {
        mvc.perform(post("/notifications/settings").session(session(member)).with(csrf()).param(kind, delivery))
                .andExpect(status().isFound());
    }
}
