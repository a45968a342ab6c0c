package org.roleatlas.editing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.CommunityFixture;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editing roles in the web and through the API, against a real database: revisions with reasons, the history's
 * diffs, restoring, two editors saving the same role (never a silent overwrite), If-Match, and members' suggested
 * edits that editors accept or reject. Own database, once per engine.
 */
@CommunityContract
abstract class RoleEditingContract extends CommunityFixture {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Catalog catalog;

    /** A member signed in after signing up; an editor when asked (granted as {@code member add --editor} does). */
    MockHttpSession member(String prefix, boolean editor) throws Exception {
        MemberSessions sessions = new MemberSessions(mvc);
        String username = prefix + NAMES.incrementAndGet();
        sessions.signUp(username, "Name of " + username);
        return sessions.signIn(editor ? grantEditor(username) : username);
    }

    private String grantEditor(String username) {
        jdbc.sql("insert into member_authority (member_id, authority) select id, 'editor' from member where username = ?")
                .param(username).update();
        return username;
    }

    /** The edit form as the page fills it in, every field as a request parameter. */
    MockHttpServletRequestBuilder filledForm(String slug, MockHttpSession session) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/roles/" + slug + "/edit").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return formOf(page.getElementById("role-form"), session);
    }

    static MockHttpServletRequestBuilder formOf(Element form, MockHttpSession session) {
        MockHttpServletRequestBuilder request = post(form.attr("action")).session(session).with(csrf());
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf")) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText();
                case "select" -> input.select("option[selected]").isEmpty() ? input.select("option").first().val()
                        : input.select("option[selected]").first().val();
                default -> input.val();
            };
            request.param(name, value);
        }
        return request;
    }

    /** Sets a form field, replacing the value the page filled in. */
    static RequestPostProcessor set(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }

    String value(String slug, String dimension) {
        return catalog.snapshot().role(slug).orElseThrow().value(dimension);
    }

    @Test
    void anEditorsSaveIsARevisionWithReasonShownAsAPerDimensionDiffAndRestorable() throws Exception {
        MockHttpSession editor = member("editor", true);
        String before = value("cio", "strategic-planning");
        mvc.perform(filledForm("cio", editor).with(set("values.strategic-planning", "Plans the estate in two-year waves."))
                        .with(set("reason", "Shorter wording")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/roles/cio/history"));
        assertThat(value("cio", "strategic-planning")).isEqualTo("Plans the estate in two-year waves.");

        Document history = Jsoup.parse(mvc.perform(get("/roles/cio/history").session(editor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element revision = history.getElementById("revision-1");
        assertThat(revision.select("p.reason").text()).isEqualTo("Reason: Shorter wording");
        assertThat(revision.select(".credited")).as("nobody to credit for an editor's own edit").isEmpty();
        assertThat(revision.select("dt").eachText()).containsExactly("Strategic Planning");
        assertThat(revision.select("ins").text()).contains("waves");
        assertThat(revision.select("del").text()).isNotBlank();

        Element restore = history.getElementById("restore-shipped");
        mvc.perform(formOf(restore, editor)).andExpect(status().isFound());
        assertThat(value("cio", "strategic-planning")).isEqualTo(before);
        Document after = Jsoup.parse(mvc.perform(get("/roles/cio/history")).andReturn().getResponse().getContentAsString());
        assertThat(after.select("article.revision h2").eachText()).startsWith("Revision 2: Adopted the shipped text");
        assertThat(after.getElementById("shipped").text()).contains("reads as RoleAtlas ships it");
    }

    @Test
    void aSaveWithoutAReasonOrWithAnUnknownManagerIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        MockHttpSession editor = member("editor", true);
        String before = value("cto", "scope-of-responsibilities");
        String html = mvc.perform(filledForm("cto", editor).with(set("values.scope-of-responsibilities", "Changed."))
                        .with(set("reportsTo", "Chief Wizard")).with(set("reason", "")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("reason-error").text()).startsWith("Reason:");
        assertThat(page.getElementById("reportsTo-error").text()).contains("no role 'Chief Wizard'");
        assertThat(value("cto", "scope-of-responsibilities")).isEqualTo(before);
    }

    @Test
    void theSecondOfTwoEditorsSavingTheSameRoleIsShownWhatChangedAndOverwritesNothing() throws Exception {
        MockHttpSession first = member("editor", true);
        MockHttpSession second = member("editor", true);
        MockHttpServletRequestBuilder firstForm = filledForm("ciso", first);
        MockHttpServletRequestBuilder secondForm = filledForm("ciso", second);
        mvc.perform(firstForm.with(set("values.scope-of-responsibilities", "The first editor's scope.")).with(set("reason", "First")))
                .andExpect(status().isFound());

        String html = mvc.perform(secondForm.with(set("values.scope-of-responsibilities", "The second editor's scope.")).with(set("reason", "Second")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(value("ciso", "scope-of-responsibilities")).isEqualTo("The first editor's scope.");
        Document page = Jsoup.parse(html);
        Element conflict = page.getElementById("conflict");
        assertThat(conflict.select("dt").eachText()).containsExactly("Scope of Responsibilities");
        assertThat(conflict.select("del").text()).contains("first");
        assertThat(conflict.select("ins").text()).contains("second");
        // the form keeps the second editor's text, now based on the current version: saving again is a choice
        mvc.perform(formOf(page.getElementById("role-form"), second)).andExpect(status().isFound());
        assertThat(value("ciso", "scope-of-responsibilities")).isEqualTo("The second editor's scope.");
        assertThat(jdbc.sql("select count(*) from catalog_revision where subject_key = 'ciso'").query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void theApiNeedsIfMatchAndRefusesAStaleVersionWith412() throws Exception {
        MockHttpSession editor = member("editor", true);
        String token = new MemberSessions(mvc).createToken(editor, "editing");
        String etag = mvc.perform(get("/api/roles/data-engineer")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        String body = JSON.writeValueAsString(Map.of("summary", "Builds the pipelines the company's data runs on.",
                "reason", "Plainer summary"));

        mvc.perform(put("/api/roles/data-engineer").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.status").value(428));
        String saved = mvc.perform(put("/api/roles/data-engineer").header("Authorization", "Bearer " + token)
                        .header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").isNumber())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(saved).isNotEqualTo(etag);
        assertThat(catalog.snapshot().role("data-engineer").map(Role::summary)).contains("Builds the pipelines the company's data runs on.");
        mvc.perform(get("/api/roles/data-engineer")).andExpect(header().string("ETag", saved));

        mvc.perform(put("/api/roles/data-engineer").header("Authorization", "Bearer " + token)
                        .header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("summary", "Stale.", "reason", "Late"))))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(saved.replace("\"", "")));
        assertThat(catalog.snapshot().role("data-engineer").map(Role::summary)).contains("Builds the pipelines the company's data runs on.");

        mvc.perform(put("/api/roles/data-engineer").header("Authorization", "Bearer " + token)
                        .header("If-Match", saved).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("values", Map.of("scope-of-responsibilities", ""), "reason", "x"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['values.scope-of-responsibilities']").exists());
    }

    @Test
    void membersMayNotEditButSuggestAndTheAcceptedSuggestionCreditsThem() throws Exception {
        MockHttpSession member = member("member", false);
        mvc.perform(get("/roles/chief-data-officer/edit").session(member)).andExpect(status().isForbidden());

        Document form = Jsoup.parse(mvc.perform(get("/roles/chief-data-officer/suggest").session(member)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        String location = mvc.perform(formOf(form.getElementById("role-form"), member)
                        .with(set("values.scope-of-responsibilities", "Owns data strategy, governance and\u0007 the data teams."))
                        .with(set("reason", "The scope misses governance")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(value("chief-data-officer", "scope-of-responsibilities")).isNotEqualTo("Owns data strategy, governance and the data teams.");

        MockHttpSession editor = member("editor", true);
        Document queue = Jsoup.parse(mvc.perform(get("/suggestions").session(editor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(queue.getElementById("suggestion-" + id).text()).contains("The scope misses governance");
        Document review = Jsoup.parse(mvc.perform(get("/suggestions/" + id).session(editor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        mvc.perform(formOf(review.getElementById("role-form"), editor)).andExpect(status().isFound());

        assertThat(value("chief-data-officer", "scope-of-responsibilities")).isEqualTo("Owns data strategy, governance and the data teams.");
        Document history = Jsoup.parse(mvc.perform(get("/roles/chief-data-officer/history")).andReturn().getResponse().getContentAsString());
        assertThat(history.getElementById("revision-1").select(".credited").text()).startsWith("Name of member");
        assertThat(jdbc.sql("select status from role_suggestion where id = ?").param(id).query(String.class).single())
                .isEqualTo("accepted");
        mvc.perform(post("/suggestions/" + id + "/reject").session(editor).with(csrf()).with(set("reason", "Too late")))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select text from notification where kind = 'suggestion' and source_id = ?").param(id)
                .query(String.class).list()).singleElement().asString()
                .startsWith("An editor accepted your suggested edit of Chief Data Officer");
    }

    @Test
    void aRejectedSuggestionChangesNothingAndTellsTheMemberWhy() throws Exception {
        MockHttpSession member = member("member", false);
        Document form = Jsoup.parse(mvc.perform(get("/roles/cto/suggest").session(member))
                .andReturn().getResponse().getContentAsString());
        String before = value("cto", "scope-of-responsibilities");
        String location = mvc.perform(formOf(form.getElementById("role-form"), member)
                        .with(set("values.scope-of-responsibilities", "Everything.")).with(set("reason", "Simpler")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        MockHttpSession editor = member("editor", true);
        mvc.perform(post(location + "/reject").session(editor).with(csrf()).with(set("reason", "Too vague")))
                .andExpect(status().isFound());
        assertThat(value("cto", "scope-of-responsibilities")).isEqualTo(before);
        Document mine = Jsoup.parse(mvc.perform(get(location).session(member)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(mine.getElementById("suggestion-status").text()).contains("Rejected").contains("Too vague");
        MockHttpSession other = member("member", false);
        mvc.perform(get(location).session(other)).andExpect(status().isForbidden());
    }

    @Test
    void anEditorRelabelsAndReordersAFrameworksDimensionsWithAReason() throws Exception {
        MockHttpSession editor = member("editor", true);
        Document page = Jsoup.parse(mvc.perform(get("/frameworks/focus/edit").session(editor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element form = page.getElementById("framework-form");
        String last = form.select("legend").last().text();
        mvc.perform(formOf(form, editor).with(set("reason", "")))
                .andExpect(status().isBadRequest());
        mvc.perform(formOf(form, editor).with(set("position." + last, "0")).with(set("label." + last, "Renamed Row"))
                        .with(set("reason", "Lead with it")))
                .andExpect(status().isFound());

        var focus = catalog.snapshot().framework("focus").orElseThrow();
        assertThat(focus.dimensions().get(0).key()).isEqualTo(last);
        assertThat(catalog.snapshot().dimension(last).orElseThrow().label()).isEqualTo("Renamed Row");
        assertThat(jdbc.sql("select reason from catalog_revision where subject_kind = 'framework' and subject_key = 'focus'")
                .query(String.class).list()).containsExactly("Lead with it");
    }
}
