package org.roleatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.SizeBand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a reader of comparison pages, exports and the API relies on. Runs once per database: see the
 * {@code OnH2Test} and {@code OnPostgresTest} subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ComparisonWebContract {

    static final String SEED_TRIO = "/compare/cto-vs-director-of-engineering-vs-mlops-engineer";

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    String html(String url) throws Exception {
        return mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void comparisonPageShowsACardPerRoleAndARowPerDimensionInTheOrderAsked() throws Exception {
        String page = html(SEED_TRIO);
        assertThat(page).contains("<title>CTO vs Director of Engineering vs MLOps Engineer");
        assertThat(page.split("class=\"card\"", -1)).hasSize(4);
        String dimensions = page.substring(page.indexOf("<tbody class=\"dimensions\">"));
        assertThat(dimensions.split("<th scope=\"row\"", -1)).hasSize(11);
        assertThat(page.indexOf("Chief Technology Officer (CTO)</a></h2>"))
                .isLessThan(page.indexOf("Director of Engineering</a></h2>"));
        Role cto = catalog.snapshot().role("cto").orElseThrow();
        assertThat(page).contains(escape(cto.value("decision-making-authority")));
    }

    @Test
    void anAliasRedirectsPermanentlyToTheCanonicalUrlKeepingTheView() throws Exception {
        mvc.perform(get("/compare/CTO-vs-vpe").param("framework", "focus").param("diff", "true"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/compare/cto-vs-vp-of-engineering?framework=focus&diff=true"));
    }

    @Test
    void anUnknownRoleIsA404PageSuggestingTheSameComparisonWithTheClosestRole() throws Exception {
        String page = mvc.perform(get("/compare/cio-vs-ctoo").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is no role 'ctoo'").contains("href=\"/compare/cio-vs-cto\"");
    }

    @Test
    void tooFewTooManyOrRepeatedRolesAreRejectedWithTheReason() throws Exception {
        mvc.perform(get("/compare/cto.json")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("2 to 6 roles")));
        mvc.perform(get("/compare/cto-vs-cio-vs-ciso-vs-ceo-vs-tech-lead-vs-staff-engineer-vs-data-engineer.json"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/compare/cto-vs-cto.json")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("named twice")));
    }

    @Test
    void badQueryParametersAndUnknownPagesAreExplainedToBrowsersAndApiClients() throws Exception {
        mvc.perform(get(SEED_TRIO + ".json").param("diff", "maybe")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Parameter 'diff' must be true or false, got 'maybe'."));
        mvc.perform(get("/api/compare")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Parameter 'roles' is required."));
        String page = mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is no page at /no-such-page.");
    }

    @Test
    void markdownExportIsAGithubTableOfTheSeedsShape() throws Exception {
        String markdown = mvc.perform(get(SEED_TRIO + ".md")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andReturn().getResponse().getContentAsString();
        List<String> lines = markdown.lines().toList();
        assertThat(lines).hasSizeGreaterThan(12);
        assertThat(lines.get(0)).isEqualTo("| Dimension | Chief Technology Officer (CTO) | Director of Engineering | MLOps Engineer |");
        assertThat(lines.get(1)).isEqualTo("|---|---|---|---|");
        assertThat(lines.get(2)).startsWith("| Level | 8 · Chief or executive | ");
        assertThat(lines.get(3)).startsWith("| Reports to | ");
        assertThat(lines.get(lines.size() - 10)).startsWith("| Primary Role | ");
        assertThat(lines.get(lines.size() - 1)).startsWith("| Professional Development | ");
    }

    @Test
    void aRevalidationWithTheSameEtagIsAnsweredNotModified() throws Exception {
        String etag = mvc.perform(get(SEED_TRIO + ".csv")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get(SEED_TRIO + ".csv").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get(SEED_TRIO + ".md").header("If-None-Match", etag)).andExpect(status().isOk());
    }

    @Test
    void pagesCarryAContentSecurityPolicyThatAllowsOnlyThisOrigin() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        assertThat(html(SEED_TRIO)).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void exportsAreAlsoServedByAcceptHeader() throws Exception {
        mvc.perform(get(SEED_TRIO).accept("text/markdown")).andExpect(status().isOk())
                .andExpect(content().string(startsWith("| Dimension |")));
        mvc.perform(get(SEED_TRIO).accept("text/csv")).andExpect(status().isOk())
                .andExpect(content().string(startsWith("Dimension,Chief Technology Officer (CTO),Director of Engineering,MLOps Engineer\r\n")));
        mvc.perform(get(SEED_TRIO).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0].slug").value("cto"))
                .andExpect(jsonPath("$.rows", hasSize(10)));
    }

    @Test
    void aRolesCellReadsTheSameInEveryComparisonItAppearsIn() throws Exception {
        String expected = catalog.snapshot().role("staff-engineer").orElseThrow().value("team-management");
        for (String url : List.of("/api/compare?roles=staff-engineer,engineering-manager",
                "/api/compare?roles=cto,cio,staff-engineer", "/api/compare?roles=tech-lead,staff-engineer,principal-engineer,distinguished-engineer")) {
            mvc.perform(get(url)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.rows[5].dimension").value("team-management"))
                    .andExpect(jsonPath("$.rows[5].values['staff-engineer']").value(expected));
        }
    }

    @Test
    void theFocusFrameworkComparesTheArticlesFourAspects() throws Exception {
        mvc.perform(get("/api/compare").param("roles", "cto,cio").param("framework", "focus"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.framework.key").value("focus"))
                .andExpect(jsonPath("$.rows[*].label").value(org.hamcrest.Matchers.contains(
                        "Primary Focus", "Key Responsibilities", "Stakeholders", "Innovation vs. Efficiency")));
        mvc.perform(get("/api/compare").param("roles", "cto,cio").param("framework", "nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void builderFormRedirectsToTheCanonicalComparison() throws Exception {
        mvc.perform(get("/compare").param("role", "CTO", "Director of Engineering", "", "MLOps Engineer", "", ""))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", SEED_TRIO));
    }

    @Test
    void theCatalogueCanBeNarrowedByAbbreviationWithoutJavaScript() throws Exception {
        String page = html("/roles?q=VPE");
        assertThat(page).contains("href=\"/roles/vp-of-engineering\"").doesNotContain("href=\"/roles/data-scientist\"");
        assertThat(html("/roles?q=directr")).contains("Did you mean").contains("href=\"/roles/director-of-engineering\"");
        assertThat(html(SEED_TRIO + "?diff=true")).contains("<link rel=\"canonical\" href=\"" + SEED_TRIO + "?diff=true\">");
    }

    @Test
    void rolePageShowsTheProfileAndReportingLinesAsLinks() throws Exception {
        String page = html("/roles/mlops-engineer");
        Role mlops = catalog.snapshot().role("mlops-engineer").orElseThrow();
        for (String boss : mlops.reportsTo()) {
            assertThat(page).contains("href=\"/roles/" + boss + "\"");
        }
        assertThat(page).contains(escape(mlops.value("scope-of-responsibilities")));
        assertThat(page).contains("aria-label=\"Reporting line\"").contains("href=\"/roles/ceo\"");
        String chart = html("/org-chart");
        for (Role role : catalog.snapshot().roles()) {
            assertThat(chart).contains("<li id=\"" + role.slug() + "\">");
        }
        mvc.perform(get("/roles/VPE")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/roles/vp-of-engineering"));
        mvc.perform(get("/roles/no-such-role").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void apiListsRolesAndServesFullProfilesWithResolvedLinks() throws Exception {
        mvc.perform(get("/api/roles")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(catalog.snapshot().roles().size())))
                .andExpect(jsonPath("$[0].slug").exists()).andExpect(jsonPath("$[0].family").exists());
        mvc.perform(get("/api/roles").param("q", "vpe")).andExpect(jsonPath("$[0].slug").value("vp-of-engineering"));
        mvc.perform(get("/api/roles/cto")).andExpect(status().isOk())
                .andExpect(jsonPath("$.abbreviation").value("CTO"))
                .andExpect(jsonPath("$.values['strategic-planning']").isNotEmpty())
                .andExpect(jsonPath("$.reportsTo[0].slug").value("ceo"))
                .andExpect(jsonPath("$.reportingLine[*].slug").value(org.hamcrest.Matchers.contains("ceo", "cto")))
                .andExpect(jsonPath("$.reportedBy[*].slug").value(org.hamcrest.Matchers.hasItem("vp-of-engineering")));
        mvc.perform(get("/api/roles/ctoo")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.suggestions[0].href").value("/roles/cto"));
        mvc.perform(get("/api/frameworks")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key").value(org.hamcrest.Matchers.hasItems("default", "focus")))
                .andExpect(jsonPath("$[0].dimensions", hasSize(10)));
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/roles']").exists())
                .andExpect(jsonPath("$.paths['/api/roles/{slug}']").exists())
                .andExpect(jsonPath("$.paths['/api/frameworks']").exists())
                .andExpect(jsonPath("$.paths['/api/compare']").exists());
    }

    @Test
    void everyDocumentedApiErrorIsAProblemDetail() throws Exception {
        String document = mvc.perform(get("/api/openapi")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        tools.jackson.databind.JsonNode paths = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document).get("paths");
        List<String> errors = new java.util.ArrayList<>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                tools.jackson.databind.JsonNode responses = operation.getValue().get("responses");
                for (var response : responses.properties()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        errors.add(operation.getKey() + " " + path.getKey() + " " + response.getKey() + " "
                                + response.getValue().path("content").propertyNames());
                    }
                }
            }
        }
        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e).endsWith("[application/problem+json]"));
    }

    @Test
    void aComparisonOpensWithStructuredRowsThatLinkTheCatalogueRoles() throws Exception {
        Role vpe = catalog.snapshot().role("vp-of-engineering").orElseThrow();
        String page = html("/compare/cto-vs-vp-of-engineering");
        int structure = page.indexOf("<tbody class=\"structure\">");
        assertThat(structure).isPositive().isLessThan(page.indexOf("<tbody class=\"dimensions\">"));
        String rows = page.substring(structure, page.indexOf("<tbody class=\"dimensions\">"));
        assertThat(rows).contains("id=\"row-reports-to\"", "id=\"row-direct-reports\"", "id=\"row-next-roles\"")
                .contains("<a href=\"/roles/ceo\">").contains("<a href=\"/roles/" + vpe.reportsTo().get(0) + "\">");
        mvc.perform(get("/api/compare").param("roles", "cto,vp-of-engineering")).andExpect(status().isOk())
                .andExpect(jsonPath("$.structure[0].key").value("level"))
                .andExpect(jsonPath("$.structure[1].key").value("reports-to"))
                .andExpect(jsonPath("$.structure[1].values.cto[0].role").value("ceo"))
                .andExpect(jsonPath("$.structure[1].cells[0]").value("Chief Executive Officer (CEO)"))
                .andExpect(jsonPath("$.rows", hasSize(10)));
        String csv = mvc.perform(get("/compare/cto-vs-vp-of-engineering.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("Level,8 · Chief or executive,7 · Vice president");
        assertThat(csv.lines().skip(2).findFirst().orElseThrow()).startsWith("Reports to,Chief Executive Officer (CEO),");
    }

    @Test
    void differencesOnlyHidesStructuredRowsThatReadTheSameForEveryRole() throws Exception {
        List<Role> roles = catalog.snapshot().roles();
        List<Role> pair = null;
        for (int i = 0; i < roles.size() && pair == null; i++) {
            for (int j = i + 1; j < roles.size() && pair == null; j++) {
                if (!roles.get(i).reportsTo().isEmpty() && java.util.Set.copyOf(roles.get(i).reportsTo())
                        .equals(java.util.Set.copyOf(roles.get(j).reportsTo()))) {
                    pair = List.of(roles.get(i), roles.get(j));
                }
            }
        }
        assertThat(pair).as("two shipped roles with the same managers").isNotNull();
        String path = "/compare/" + pair.get(0).slug() + "-vs-" + pair.get(1).slug();
        assertThat(html(path)).contains("id=\"row-reports-to\"");
        mvc.perform(get(path + ".json"))
                .andExpect(jsonPath("$.structure[?(@.key == 'reports-to')].identical").value(org.hamcrest.Matchers.contains(true)));
        String differences = html(path + "?diff=true");
        assertThat(differences).doesNotContain("id=\"row-reports-to\"").contains("read the same for every role (hidden)")
                .doesNotContain("0 of ");
        mvc.perform(get(path + ".json").param("diff", "true"))
                .andExpect(jsonPath("$.structure[*].key").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("reports-to"))));
        assertThat(mvc.perform(get(path + ".md").param("diff", "true")).andReturn().getResponse().getContentAsString())
                .doesNotContain("| Reports to |");
    }

    @Test
    void theOrgChartIsDrawnAsSvgOnTheServerAndCanBeDownloaded() throws Exception {
        String page = html("/org-chart");
        assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("id=\"org-chart-download\" href=\"/org-chart.svg\"");
        for (Role role : catalog.snapshot().roles()) {
            assertThat(page).contains("id=\"chart-" + role.slug() + "\"").contains("<li id=\"" + role.slug() + "\">");
        }
        var response = mvc.perform(get("/org-chart.svg").param("role", "CTO")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(header().string("Content-Disposition", containsString("filename=\"org-chart-cto.svg\"")))
                .andReturn().getResponse();
        String svg = response.getContentAsString();
        assertThat(svg).startsWith("<?xml").contains("id=\"chart-cto\" class=\"role focus\"");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(html("/org-chart?role=cto")).contains("id=\"chart-cto\" class=\"role focus\"")
                .contains("href=\"/org-chart.svg?role=cto\"");
        mvc.perform(get("/org-chart.svg").param("role", "no-such-role")).andExpect(status().isNotFound());
    }

    @Test
    void aRolePageDrawsItsReportingLineWithManagersAndReportsMarked() throws Exception {
        String page = html("/roles/engineering-manager");
        Role report = catalog.snapshot().reportedBy("engineering-manager").get(0);
        assertThat(page).contains("id=\"reporting-chart\"")
                .contains("id=\"chart-engineering-manager\" class=\"role focus\"")
                .contains("id=\"chart-ceo\" class=\"role manager\"")
                .contains("id=\"chart-" + report.slug() + "\" class=\"role report\"")
                .contains("href=\"/org-chart?role=engineering-manager#chart-engineering-manager\"");
    }

    @Test
    void aComparisonAtACompanySizeShowsEachRolesVariantMarkedAsSuch() throws Exception {
        Role cto = catalog.snapshot().role("cto").orElseThrow();
        assertThat(cto.hasVariant("team-management", SizeBand.STARTUP)).isTrue();
        String plain = escape(cto.value("team-management"));
        String variant = escape(cto.value("team-management", SizeBand.STARTUP));
        String path = "/compare/cto-vs-vp-of-engineering";
        assertThat(html(path)).contains(plain).doesNotContain(variant).doesNotContain("class=\"variant-mark\"");
        String page = html(path + "?size=1-50");
        assertThat(page).contains(variant).doesNotContain(plain)
                .contains("<td class=\"variant\">" + variant + " <span class=\"variant-mark\">at 1–50 employees</span></td>")
                .contains("<option value=\"1-50\" selected>")
                .contains("href=\"" + path + "?diff=true&amp;size=1-50\"")
                .contains("href=\"" + path + ".md?size=1-50\"");
        assertThat(html(path)).as("the cache keeps sizes apart").contains(plain).doesNotContain(variant);
        mvc.perform(get("/api/compare").param("roles", "cto,vp-of-engineering").param("size", "1-50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size.key").value("1-50"))
                .andExpect(jsonPath("$.size.label").value("1–50 employees"))
                .andExpect(jsonPath("$.rows[5].dimension").value("team-management"))
                .andExpect(jsonPath("$.rows[5].values.cto").value(cto.value("team-management", SizeBand.STARTUP)))
                .andExpect(jsonPath("$.rows[5].variants").value(org.hamcrest.Matchers.hasItem("cto")));
        mvc.perform(get("/api/compare").param("roles", "cto,cio")).andExpect(jsonPath("$.size").doesNotExist());
        String markdown = mvc.perform(get(path + ".md").param("size", "1-50")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(markdown).contains(cto.value("team-management", SizeBand.STARTUP) + " (at 1–50 employees)");
        mvc.perform(get(path + ".json").param("size", "10001+")).andExpect(status().isOk())
                .andExpect(jsonPath("$.size.key").value("10001+"));
        mvc.perform(get("/api/compare").param("roles", "cto,cio").param("size", "huge"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.size", containsString("1-50")));
        mvc.perform(get("/compare").param("role", "cto", "vpe").param("size", "1-50"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", path + "?size=1-50"));
    }

    @Test
    void aRolePageAtACompanySizeShowsTheVariantsMarkedAndSaysWhereTheRoleDiffers() throws Exception {
        Role cto = catalog.snapshot().role("cto").orElseThrow();
        String page = html("/roles/cto?size=1-50");
        for (String dimension : List.of("reporting-relationship", "scope-of-responsibilities", "team-management")) {
            assertThat(page).contains("<td class=\"variant\">" + escape(cto.value(dimension, SizeBand.STARTUP))
                    + " <span class=\"variant-mark\">at 1–50 employees</span></td>");
            assertThat(page).doesNotContain(escape(cto.value(dimension)));
        }
        assertThat(page).contains("id=\"role-size\"").contains("<option value=\"1-50\" selected>")
                .contains(escape(cto.value("primary-role")));
        assertThat(html("/roles/cto")).contains(escape(cto.value("team-management")))
                .contains("reads differently at").contains("href=\"/roles/cto?size=1-50\"")
                .doesNotContain("class=\"variant-mark\"");
        Role plain = catalog.snapshot().roles().stream().filter(r -> r.variants().isEmpty()).findFirst().orElseThrow();
        assertThat(html("/roles/" + plain.slug() + "?size=1-50")).contains("reads the same at every company size");
        mvc.perform(get("/roles/CTO").param("size", "1-50")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/roles/cto?size=1-50"));
        mvc.perform(get("/roles/cto").param("size", "tiny").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
    }

    @Test
    void theRoleApiGivesTheTextsForACompanySize() throws Exception {
        Role cto = catalog.snapshot().role("cto").orElseThrow();
        mvc.perform(get("/api/roles/cto").param("size", "10001+")).andExpect(status().isOk())
                .andExpect(jsonPath("$.size.key").value("10001+"))
                .andExpect(jsonPath("$.values['team-management']").value(cto.value("team-management", SizeBand.ENTERPRISE)))
                .andExpect(jsonPath("$.values['primary-role']").value(cto.value("primary-role")))
                .andExpect(jsonPath("$.variantDimensions").value(org.hamcrest.Matchers.hasItem("team-management")))
                .andExpect(jsonPath("$.variantDimensions").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("primary-role"))))
                .andExpect(jsonPath("$.variants['reporting-relationship']['1-50']").value(
                        cto.value("reporting-relationship", SizeBand.STARTUP)));
        mvc.perform(get("/api/roles/cto")).andExpect(jsonPath("$.size").doesNotExist())
                .andExpect(jsonPath("$.values['team-management']").value(cto.value("team-management")))
                .andExpect(jsonPath("$.variantDimensions").isEmpty());
        mvc.perform(get("/api/roles/cto").param("size", "0-10")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.size").exists());
    }

    @Test
    void atLeastFifteenShippedRolesReadDifferentlyByCompanySizeInReportingScopeAndTeamManagement() {
        List<String> dimensions = List.of("reporting-relationship", "scope-of-responsibilities", "team-management");
        List<String> sized = catalog.snapshot().roles().stream()
                .filter(r -> dimensions.stream().allMatch(d -> r.variants().containsKey(d) && !r.variants().get(d).isEmpty()))
                .map(Role::slug).toList();
        assertThat(sized).hasSizeGreaterThanOrEqualTo(15).contains("cto", "ceo", "engineering-manager");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
