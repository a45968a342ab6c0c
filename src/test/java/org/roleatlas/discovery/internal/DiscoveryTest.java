package org.roleatlas.discovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** robots.txt, the favicon, the OpenAPI document's title and version, and the icon in every page's head. */
@SpringBootTest(properties = "roleatlas.public-url=https://roles.example.com")
@AutoConfigureMockMvc
@OwnDatabase
@ActiveProfiles("h2")
class DiscoveryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    BuildProperties build;

    @Test
    void robotsAllowPublicPagesDisallowPersonalApiModerationAndFormsAndNameTheSitemap() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();

        assertThat(robots.lines()).contains("User-agent: *", "Allow: /", "Disallow: /me", "Disallow: /api/",
                "Disallow: /moderation", "Disallow: /sign-in", "Disallow: /questions/new",
                "Sitemap: https://roles.example.com/sitemap.xml");
        assertThat(robots).doesNotContain("Disallow: /questions\n").doesNotContain("Disallow: /roles");
    }

    @Test
    void theFaviconIsAnSvgAndFaviconIcoLeadsToIt() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/favicon.svg"));
        String svg = mvc.perform(get("/favicon.svg")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(svg).startsWith("<svg").contains("<title>RoleAtlas</title>");
        assertThat(mvc.perform(get("/roles")).andReturn().getResponse().getContentAsString())
                .contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
    }

    @Test
    void theApiDocumentIsTitledRoleAtlasWithTheBuildsVersion() throws Exception {
        assertThat(build.getVersion()).isNotBlank();
        mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("RoleAtlas"))
                .andExpect(jsonPath("$.info.version").value(build.getVersion()));
    }
}
