package org.roleatlas.discovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

/**
 * Without {@code roleatlas.public-url}, robots.txt, feeds and the sitemap still give absolute addresses, made from
 * the address the request came in on; pages' sharing tags stay relative, since their bytes are shared.
 */
@SpringBootTest(properties = "roleatlas.public-url=")
@AutoConfigureMockMvc
@OwnDatabase
@ActiveProfiles("h2")
class WithoutPublicUrlTest {

    @Autowired
    MockMvc mvc;

    @Test
    void robotsNameTheSitemapAtTheRequestsAddress() throws Exception {
        String robots = mvc.perform(get("https://roles.internal:8443/robots.txt")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(robots.lines()).contains("Sitemap: https://roles.internal:8443/sitemap.xml", "Disallow: /me");
    }

    @Test
    void feedsAndTheSitemapLinkToTheRequestsAddress() throws Exception {
        Document feed = FeedsSitemapAndSharingTest.parse(mvc.perform(get("http://localhost/articles/feed.atom"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(FeedsSitemapAndSharingTest.entries(feed)).isNotEmpty()
                .allMatch(e -> e.link().startsWith("http://localhost/articles/"));

        String sitemap = mvc.perform(get("http://localhost/sitemap.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("<loc>http://localhost/roles/cto</loc>");
    }

    @Test
    void sharingTagsGiveThePagesPath() throws Exception {
        String page = mvc.perform(get("/roles/cto")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(page).select("meta[property=og:url]").attr("content")).isEqualTo("/roles/cto");
    }
}
