package org.roleatlas.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.CommunityFixture;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The question feeds (sorts, role filter, pages, API validation) and the home page's questions. Own database; the
 * view flush runs only when a test calls it, and the home page reads fresh highlights on every request.
 * Counts are set with SQL where a test is about the order they give, not about how they are counted (votes have
 * VotesContract; view counting has ViewsContract).
 */
@CommunityContract
@TestPropertySource(properties = {"roleatlas.views.flush-interval=1h", "roleatlas.feeds.home-cache=0s"})
abstract class FeedsContract extends CommunityFixture {

    @Autowired
    QuestionService questions;
    @Autowired
    RoleFeedCopies feedCopies;

    Member writer;

    @BeforeEach
    void writer() throws Exception {
        if (members.findByUsername("feeder").isEmpty()) {
            new MemberSessions(mvc).signUp("feeder", "Feeder");
        }
        writer = members.findByUsername("feeder").orElseThrow();
    }

    long ask(String title, String role) {
        return questions.ask(writer, new QuestionService.NewQuestion(title, "Body of " + title, List.of(role), false));
    }

    void counts(long id, long views, int votes) {
        jdbc.sql("update question set view_count = ?, vote_count = ? where id = ?").params(views, votes, id).update();
        feedCopies.refresh(id); // as every write of these columns does, for the role feeds (V23)
    }

    List<Long> ids(String path) throws Exception {
        Document page = Jsoup.parse(html(path));
        List<Long> ids = new ArrayList<>();
        page.select(".question-item").forEach(e -> ids.add(Long.parseLong(e.id().substring("question-".length()))));
        return ids;
    }

    String html(String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void eachSortOrdersTheRoleFeedAndBreaksTiesByNewest() throws Exception {
        long a = ask("Sorted A", "ciso");
        long b = ask("Sorted B", "ciso");
        long c = ask("Sorted C", "ciso");
        long d = ask("Sorted D", "ciso");
        counts(a, 500, 1);
        counts(b, 20, 9);
        counts(c, 500, 3);
        counts(d, 7, 9);
        questions.answer(writer, b, "An answer", false);
        questions.answer(writer, d, "An answer", false);
        long other = ask("Another role's", "cio");
        counts(other, 100_000, 100);

        assertThat(ids("/questions?role=ciso")).containsExactly(d, c, b, a);
        assertThat(ids("/questions?role=ciso&sort=views")).containsExactly(c, a, b, d);
        assertThat(ids("/questions?role=ciso&sort=votes")).containsExactly(d, b, c, a);
        assertThat(ids("/questions?role=ciso&sort=unanswered")).containsExactly(c, a);
        assertThat(ids("/roles/ciso/discussions?sort=views")).containsExactly(c, a, b, d);
        List<Long> everyRole = ids("/questions?sort=views");
        assertThat(everyRole).containsSubsequence(other, c, a);
    }

    @Test
    void theListShowsCountersRoleTagsSignatureAndTabs() throws Exception {
        long id = ask("Counted in the list", "data-engineer");
        counts(id, 11_749, 4);
        jdbc.sql("update question set comment_count = 5 where id = ?").param(id).update();
        for (int i = 0; i < 3; i++) {
            questions.answer(writer, id, "Answer " + i, false);
        }
        Document page = Jsoup.parse(html("/questions?role=data-engineer&sort=votes"));

        assertThat(page.select("#question-" + id + " .counters").text())
                .isEqualTo("11.7k views · 4 upvotes · 5 comments · 3 answers");
        assertThat(page.select("#question-" + id + " .role-tags a").eachAttr("href")).containsExactly("/roles/data-engineer");
        assertThat(page.select("#question-" + id + " .signature").text()).startsWith("Feeder");
        assertThat(page.select(".sort-tabs a").eachAttr("href")).containsExactly("/questions?role=data-engineer",
                "/questions?role=data-engineer&sort=views", "/questions?role=data-engineer&sort=votes",
                "/questions?role=data-engineer&sort=unanswered");
        assertThat(page.select(".sort-tabs a[aria-current=page]").text()).isEqualTo("Most upvoted");
        assertThat(page.select("form.feed-filter input[name=sort]").val()).isEqualTo("votes");
        assertThat(page.select("form.feed-filter option[selected]").val()).isEqualTo("data-engineer");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            long id = ask("Paged " + i, "site-reliability-engineer");
            counts(id, i % 4, 0); // many ties: the id must decide them the same way on every page
            asked.add(id);
        }
        List<Long> seen = new ArrayList<>();
        String next = "/questions?role=site-reliability-engineer&sort=views";
        while (next != null) {
            Document page = Jsoup.parse(html(next));
            page.select(".question-item").forEach(e -> seen.add(Long.parseLong(e.id().substring(9))));
            next = page.select("#next-page").isEmpty() ? null : page.select("#next-page").attr("href");
        }
        assertThat(seen).hasSize(45).containsExactlyInAnyOrderElementsOf(asked);
        assertThat(ids("/questions?role=site-reliability-engineer&sort=views&page=3")).hasSize(5);
        Document third = Jsoup.parse(html("/questions?role=site-reliability-engineer&sort=views&page=3"));
        assertThat(third.select("#previous-page").attr("href")).isEqualTo("/questions?role=site-reliability-engineer&sort=views&page=2");
        assertThat(third.select("#next-page")).isEmpty();
        assertThat(ids("/questions?role=site-reliability-engineer&page=2")).isEqualTo(ids("/questions?role=site-reliability-engineer&before="
                + asked.get(25)));

        mvc.perform(get("/api/questions?role=site-reliability-engineer&sort=views&page=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sort").value("views"))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.nextPage").value(3))
                .andExpect(jsonPath("$.nextBefore").doesNotExist())
                .andExpect(jsonPath("$.questions.length()").value(20))
                .andExpect(jsonPath("$.questions[0].views").isNumber());
        mvc.perform(get("/api/questions?role=site-reliability-engineer&sort=views&page=3"))
                .andExpect(jsonPath("$.questions.length()").value(5))
                .andExpect(jsonPath("$.nextPage").doesNotExist());
        mvc.perform(get("/api/questions?role=site-reliability-engineer&page=4"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.questions.length()").value(0));
    }

    @Test
    void theApiRefusesABadSortOrPageNamingTheParameter() throws Exception {
        problem(get("/api/questions?sort=hot"), "'sort'");
        problem(get("/api/questions?page=0"), "'page'");
        problem(get("/api/questions?page=two"), "'page'");
        problem(get("/api/questions?page=10001"), "'page'");
        problem(get("/api/questions?sort=views&before=10"), "'before'");
        mvc.perform(get("/questions?sort=hot").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
    }

    @Test
    void theHomePageShowsTheNewestAndTheMostViewedQuestions() throws Exception {
        long popular = ask("Read by everyone", "cto");
        counts(popular, 5_000_000, 2);
        long fresh = ask("Just asked", "cto");

        Document home = Jsoup.parse(html("/"));

        assertThat(home.select("#newest-questions li a").first().attr("href")).isEqualTo("/questions/" + fresh);
        assertThat(home.select("#most-viewed-questions li a").first().attr("href")).isEqualTo("/questions/" + popular);
        assertThat(home.select("#most-viewed-questions li .counters").first().text())
                .startsWith("5M views · 2 upvotes · 0 comments · 0 answers");
        assertThat(home.select("#newest-questions li .signature").first().text()).startsWith("Feeder");
    }

    private void problem(MockHttpServletRequestBuilder request, String parameter) throws Exception {
        String detail = mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("Parameter " + parameter);
    }
}
