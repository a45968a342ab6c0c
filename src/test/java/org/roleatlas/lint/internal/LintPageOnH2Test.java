package org.roleatlas.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.CommunityContract;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.exchange.CatalogImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The editors' lint page: editors only, and it lists what the lint finds in the catalogue as it is now. */
@CommunityContract
@ActiveProfiles("h2")
class LintPageOnH2Test {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogImporter importer;

    @TempDir
    Path dir;

    MockHttpSession member(boolean editor) throws Exception {
        String username = (editor ? "editor" : "reader") + NAMES.incrementAndGet();
        MemberSessions sessions = new MemberSessions(mvc);
        sessions.signUp(username, "Name of " + username);
        if (editor) {
            jdbc.sql("insert into member_authority (member_id, authority) select id, 'editor' from member where username = ?")
                    .param(username).update();
        }
        return sessions.signIn(username);
    }

    String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/catalog/lint").session(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void onlyEditorsSeeTheLint() throws Exception {
        mvc.perform(get("/catalog/lint").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/catalog/lint").session(member(false)).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        // the shipped catalogue has no findings; another test here may have imported a role with one
        assertThat(page(member(true))).containsPattern("(No findings|\\d+ findings?) in \\d+ roles")
                .contains("<dt>missing-level</dt>");
    }

    @Test
    void anImportedRoleThatContradictsItselfIsListedWithALinkToIt() throws Exception {
        StringBuilder yaml = new StringBuilder("""
                slug: lint-page-coach
                title: Lint Page Coach
                family: engineering
                level: 3
                summary: Coaches a team.
                reportsTo: [cto]
                values:
                  reporting-relationship: "Reports to the board."
                """);
        for (String key : List.of("primary-role", "scope-of-responsibilities", "decision-making-authority",
                "strategic-planning", "team-management", "meeting-involvement", "project-management", "communication",
                "professional-development", "primary-focus", "key-responsibilities", "stakeholders", "innovation-vs-efficiency")) {
            yaml.append("  ").append(key).append(": \"Some text.\"\n");
        }
        Path file = dir.resolve("lint-page-coach.yaml");
        Files.writeString(file, yaml);
        importer.importFiles(List.of(file));

        String page = page(member(true));
        assertThat(page).contains("1 finding in").contains("href=\"/roles/lint-page-coach\"").contains("reporting-text")
                .contains("does not mention it");
    }
}
