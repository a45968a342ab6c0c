package org.roleatlas.views.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.CommunityFixture;
import org.roleatlas.RoleAtlasApplication;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.questions.internal.QuestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * View counting through the question page: one view per visitor within the window, written only by a flush, added
 * to what is stored (as another node's flushes would be), and written by a graceful shutdown. The scheduled flush
 * is pushed out of the way (1 h) so each test decides when a flush happens.
 */
@CommunityContract
@TestPropertySource(properties = "roleatlas.views.flush-interval=1h")
abstract class ViewsContract extends CommunityFixture {

    @Autowired
    QuestionService questions;
    @Autowired
    ViewCounter views;
    @Autowired
    Environment environment;

    Member writer;

    @BeforeEach
    void writer() throws Exception {
        if (members.findByUsername("viewed").isEmpty()) {
            new MemberSessions(mvc).signUp("viewed", "Viewed");
        }
        writer = members.findByUsername("viewed").orElseThrow();
    }

    long ask(String title) {
        return questions.ask(writer, new QuestionService.NewQuestion(title, "Body", List.of("cto"), false));
    }

    long stored(long id) {
        return jdbc.sql("select view_count from question where id = ?").param(id).query(Long.class).single();
    }

    void visit(long id, String address, String agent) throws Exception {
        mvc.perform(from(get("/questions/" + id), address, agent)).andExpect(status().isOk());
    }

    static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address, String agent) {
        return request.header("User-Agent", agent).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void aVisitorCountsOnceInTheWindowAndOnlyAFlushWritesTheCount() throws Exception {
        long id = ask("Counted once per visitor");
        for (int i = 0; i < 5; i++) {
            visit(id, "10.9.0.1", "Firefox");
        }
        visit(id, "10.9.0.1", "Chromium"); // same address, another browser: another visitor
        visit(id, "10.9.0.2", "Firefox");
        visit(id, "10.9.0.3", "Examplebot/2.1 (+https://example.org/bot)"); // crawlers are not counted
        MemberSessions sessions = new MemberSessions(mvc);
        sessions.signUp("viewer", "Viewer");
        MockHttpSession member = sessions.signIn("viewer"); // a member is one visitor wherever they come from
        mvc.perform(from(get("/questions/" + id), "10.9.0.1", "Firefox").session(member)).andExpect(status().isOk());
        mvc.perform(from(get("/questions/" + id), "10.9.0.9", "Safari").session(member)).andExpect(status().isOk());

        assertThat(stored(id)).isZero();
        assertThat(Jsoup.parse(mvc.perform(get("/questions/" + id).session(member)).andReturn().getResponse()
                .getContentAsString()).select(".view-count").text()).isEqualTo("4 views"); // pending views show at once

        views.flush();
        assertThat(stored(id)).isEqualTo(4);
        views.flush();
        assertThat(stored(id)).isEqualTo(4);
        mvc.perform(get("/api/questions/" + id)).andExpect(jsonPath("$.views").value(4));
    }

    @Test
    void aFlushAddsToTheStoredCountSoNodesSharingADatabaseKeepEachOthersViews() throws Exception {
        long id = ask("Viewed on two nodes");
        jdbc.sql("update question set view_count = 11700 where id = ?").param(id).update(); // another node's flushes
        visit(id, "10.9.1.1", "Firefox");
        visit(id, "10.9.1.2", "Firefox");
        views.flush();

        assertThat(stored(id)).isEqualTo(11_702);
        assertThat(Jsoup.parse(mvc.perform(get("/questions/" + id)).andReturn().getResponse().getContentAsString())
                .select(".view-count").text()).isEqualTo("11.7k views");
    }

    @Test
    void aMissingQuestionCountsNothing() throws Exception {
        mvc.perform(from(get("/questions/987654321"), "10.9.2.1", "Firefox")).andExpect(status().isNotFound());
        assertThat(views.pending(987654321L)).isZero();
    }

    @Test
    void aGracefulShutdownWritesEveryCountedView() {
        long id = ask("Viewed just before a shutdown");
        // A second application on the same database, stopped the way a server is stopped: by closing its context.
        ConfigurableApplicationContext node = new SpringApplicationBuilder(RoleAtlasApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(environment.getActiveProfiles())
                .properties("roleatlas.test.db-name=" + environment.getProperty("roleatlas.test.db-name"),
                        "roleatlas.views.flush-interval=1h")
                .run();
        ViewCounter counter = node.getBean(ViewCounter.class);
        for (long visitor = 1; visitor <= 3; visitor++) {
            counter.view(id, visitor);
        }
        assertThat(stored(id)).isZero();

        node.close();

        assertThat(stored(id)).isEqualTo(3);
    }
}
