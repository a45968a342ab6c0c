package org.roleatlas.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.Members;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role field takes what the comparison builder takes — a title, an abbreviation, an alias or a slug, in any
 * case — and stores the slug; an unknown name is refused with the name and the nearest roles.
 */
@CommunityContract
@ActiveProfiles("h2")
class RoleFieldsTakeNamesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;

    List<String> tags(long questionId) {
        return jdbc.sql("select role_slug from question_role where question_id = ? order by position")
                .param(questionId).query(String.class).list();
    }

    @Test
    void theAskFormTakesTitlesAbbreviationsAndAliasesAndStoresSlugs() throws Exception {
        MockHttpSession session = new MemberSessions(mvc).signUpWithProfile("namer", "Name of namer");

        String location = mvc.perform(post("/questions").session(session).with(csrf())
                        .param("title", "Who owns the platform budget?").param("body", "Asking for a friend.")
                        .param("roles", "VP of Engineering", "cto", "Head of Platform, sre", ""))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(tags(id)).containsExactly("vp-of-engineering", "cto", "head-of-platform", "site-reliability-engineer");
        assertThat(Jsoup.parse(mvc.perform(get("/questions/" + id)).andReturn().getResponse().getContentAsString())
                .select("ul.role-tags a").eachAttr("href")).contains("/roles/vp-of-engineering", "/roles/cto");

        mvc.perform(post("/questions/" + id + "/edit").session(session).with(csrf())
                        .param("title", "Who owns the platform budget?").param("body", "Asking for a friend.")
                        .param("roles", "Chief Information Officer", "ciso"))
                .andExpect(status().isFound());
        assertThat(tags(id)).containsExactly("cio", "ciso");
    }

    @Test
    void anUnknownRoleNameIsRefusedNamingTheInputAndTheNearestRoles() throws Exception {
        MockHttpSession session = new MemberSessions(mvc).signUpWithProfile("typo", "Name of typo");

        String html = mvc.perform(post("/questions").session(session).with(csrf()).param("title", "A title")
                        .param("body", "A body").param("roles", "Directr of Enginering"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#roles-error").text())
                .startsWith("Roles: no role 'Directr of Enginering' in the catalogue; did you mean")
                .contains("Director of Engineering");
        assertThat(page.select("input[name=roles]").first().val()).isEqualTo("Directr of Enginering");
    }

    @Test
    void theApiTakesNamesAndSlugsAndAnswersWithSlugs() throws Exception {
        MemberSessions sessions = new MemberSessions(mvc);
        String token = sessions.createToken(sessions.signUpWithProfile("apinamer", "Name of apinamer"), "api");

        String location = mvc.perform(post("/api/questions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Named roles\",\"body\":\"Body\",\"roles\":[\"VPE\",\"Chief Technology Officer\",\"mlops-engineer\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/api/questions/" + id)).andExpect(jsonPath("$.roles[0]").value("vp-of-engineering"))
                .andExpect(jsonPath("$.roles[1]").value("cto")).andExpect(jsonPath("$.roles[2]").value("mlops-engineer"));

        mvc.perform(put("/api/questions/" + id).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Named roles\",\"body\":\"Body\",\"roles\":[\"sysadmin\",\"it manager\"]}"))
                .andExpect(status().isOk());
        assertThat(tags(id)).containsExactly("systems-administrator", "it-manager");

        mvc.perform(post("/api/questions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Bad\",\"body\":\"Body\",\"roles\":[\"Chief Wizard Officer\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.roles").value(org.hamcrest.Matchers.startsWith(
                        "Roles: no role 'Chief Wizard Officer' in the catalogue")));
    }

    @Test
    void theProfileLinksARoleNamedByTitleOrAbbreviation() throws Exception {
        MockHttpSession session = new MemberSessions(mvc).signedIn("profiler");

        mvc.perform(post("/me").session(session).with(csrf()).param("displayName", "Name of profiler")
                .param("role", "chief information security officer")).andExpect(redirectedUrl("/me?saved"));
        assertThat(members.findByUsername("profiler").orElseThrow().roleSlug()).isEqualTo("ciso");

        mvc.perform(post("/me").session(session).with(csrf()).param("displayName", "Name of profiler")
                .param("role", "VPE")).andExpect(redirectedUrl("/me?saved"));
        assertThat(members.findByUsername("profiler").orElseThrow().roleSlug()).isEqualTo("vp-of-engineering");

        String refused = mvc.perform(post("/me").session(session).with(csrf()).param("displayName", "Name of profiler")
                .param("role", "Cheif Technology Oficer")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select(".form-error").text())
                .contains("Linked role: no role 'Cheif Technology Oficer' in the catalogue; did you mean")
                .contains("Chief Technology Officer");
        assertThat(members.findByUsername("profiler").orElseThrow().roleSlug()).isEqualTo("vp-of-engineering");
    }

    @Test
    void askingFromARoleDiscussionFillsInThatRole() throws Exception {
        MockHttpSession session = new MemberSessions(mvc).signedIn("prefill");

        assertThat(Jsoup.parse(mvc.perform(get("/roles/cto/discussions")).andReturn().getResponse().getContentAsString())
                .select("a[href^=/questions/new]").attr("href")).isEqualTo("/questions/new?role=cto");
        String form = mvc.perform(get("/questions/new").param("role", "cto").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(form).select("input[name=roles]").eachAttr("value")).containsExactly("cto", "", "", "", "");
        assertThat(Jsoup.parse(mvc.perform(get("/questions/new").param("role", "VP of Engineering").session(session))
                .andReturn().getResponse().getContentAsString()).select("input[name=roles]").first().val())
                .isEqualTo("vp-of-engineering");
        mvc.perform(get("/questions/ask").param("role", "cto").session(session))
                .andExpect(redirectedUrl("/questions/new?role=cto"));
    }
}
