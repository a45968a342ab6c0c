package org.roleatlas.home.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.compare.ComparisonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The home page: the comparison builder and the well-known comparisons, every one of them a link. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2")
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Test
    void homePageOffersTheBuilderWithEveryRoleForTypeAhead() throws Exception {
        String page = mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<form id=\"builder\"").contains("action=\"/compare\"");
        assertThat(page.split("<option value=\"", -1).length - 1)
                .isGreaterThanOrEqualTo(catalog.snapshot().roles().size());
        for (List<String> popular : HomeController.POPULAR) {
            assertThat(page).contains("href=\"" + ComparisonPath.of(popular) + "\"");
        }
        assertThat(page).contains("id=\"newest-questions\"").contains("id=\"most-viewed-questions\"");
    }
}
