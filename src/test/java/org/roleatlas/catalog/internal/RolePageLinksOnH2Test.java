package org.roleatlas.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.roleatlas.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A role page tells usual managers from occasional and dotted-line ones, in both directions, and shows the level. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2")
class RolePageLinksOnH2Test {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    String page(String url) throws Exception {
        return mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The role links of one part of the page: from the element with this id to the end of its list. */
    static List<String> linksAfter(String page, String id, String until) {
        return linksFrom(page, "id=\"" + id + "\"", until);
    }

    static List<String> linksFrom(String page, String marker, String until) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker).isPositive();
        int end = page.indexOf(until, start);
        Matcher m = Pattern.compile("href=\"/roles/([a-z0-9-]+)\"").matcher(page.substring(start, end));
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void anEngineersPageSeparatesItsLineManagerFromOccasionalAndDottedLineOnes() throws Exception {
        String page = page("/roles/software-engineer");
        assertThat(page).contains("Level 2 · Practitioner");
        assertThat(linksAfter(page, "reports-to", "</ul>")).containsExactly("engineering-manager");
        assertThat(linksAfter(page, "sometimes-reports-to", "</ul>")).containsExactly("technical-lead-manager");
        assertThat(linksAfter(page, "dotted-line-to", "</ul>")).containsExactly("tech-lead");
    }

    @Test
    void theTechLeadsPageListsEngineersOnADottedLineNotAsReports() throws Exception {
        String page = page("/roles/tech-lead");
        assertThat(linksAfter(page, "reported-by-dotted", "</ul>"))
                .contains("software-engineer", "frontend-engineer", "mobile-engineer", "qa-engineer");
        assertThat(page).doesNotContain("id=\"reported-by-usually\"");
        assertThat(linksAfter(page, "reports-to", "</section>")).contains("engineering-manager", "senior-engineering-manager");
    }

    @Test
    void aManagersPageSplitsUsualFromOccasionalReports() throws Exception {
        String page = page("/roles/technical-lead-manager");
        assertThat(linksAfter(page, "reported-by-sometimes", "</ul>")).contains("software-engineer", "senior-software-engineer");
        assertThat(page("/roles/engineering-manager")).contains("id=\"reported-by-usually\"");
        assertThat(linksAfter(page("/roles/engineering-manager"), "reported-by-usually", "</ul>"))
                .contains("software-engineer", "tech-lead");
    }

    @Test
    void aMissingEngineerRoleSuggestsSoftwareEngineeringRoles() throws Exception {
        String page = mvc.perform(get("/roles/kotlin-engineer").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        List<String> suggested = linksFrom(page, "class=\"suggestions\"", "</ul>");
        assertThat(suggested).isNotEmpty().contains("software-engineer").doesNotContain("cloud-engineer", "devops-engineer")
                .allSatisfy(slug -> assertThat(catalog.snapshot().role(slug).orElseThrow().familyKey()).isEqualTo("engineering"));
    }
}
