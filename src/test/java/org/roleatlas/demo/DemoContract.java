package org.roleatlas.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roleatlas.OwnDatabase;
import org.roleatlas.questions.CommunityBulkLoad;
import org.roleatlas.questions.CommunityBulkLoad.BulkAnswer;
import org.roleatlas.questions.CommunityBulkLoad.BulkQuestion;
import org.roleatlas.system.CliException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The small sample community loaded once into a database of its own, then read back through SQL and the pages,
 * once per engine: the counts the pages show equal the rows, every demographic is there, and what the loader
 * refuses leaves nothing behind.
 */
@SpringBootTest
@OwnDatabase
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoContract {

    @Autowired
    DemoCommunity demo;
    @Autowired
    CommunityBulkLoad community;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    DemoCommunity.Loaded loaded;

    @BeforeAll
    void loadTheSmallDemo() {
        loaded = demo.load(new DemoCommunity.Request(40, 42, false), line -> { });
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void loadsSixtyOrMoreMembersAndFortyQuestionsWithAnswersCommentsAndUpvotes() {
        assertThat(count("select count(*) from member")).isGreaterThanOrEqualTo(60).isEqualTo(loaded.members());
        assertThat(count("select count(*) from question")).isEqualTo(40);
        assertThat(count("select count(*) from answer")).isEqualTo(loaded.answers()).isGreaterThan(40);
        assertThat(count("select count(*) from comment")).isEqualTo(loaded.comments()).isGreaterThan(40);
        assertThat(count("select count(*) from vote")).isEqualTo(loaded.upvotes()).isGreaterThan(100);
        assertThat(count("select count(*) from question where anonymous")).isPositive();
        assertThat(count("select count(*) from question where answer_count = 0")).isPositive();
        assertThat(count("select min(view_count) from question")).isGreaterThanOrEqualTo(40);
        assertThat(count("select count(distinct view_count) from question")).isGreaterThan(30);
    }

    @Test
    void storedCountsEqualTheRowsTheyCount() {
        assertThat(count("select count(*) from question q where answer_count <> "
                + "(select count(*) from answer a where a.question_id = q.id)")).isZero();
        assertThat(count("select count(*) from question q where vote_count <> (select count(*) from vote v "
                + "where v.post_kind = 'question' and v.post_id = q.id)")).isZero();
        assertThat(count("select count(*) from answer a where vote_count <> (select count(*) from vote v "
                + "where v.post_kind = 'answer' and v.post_id = a.id)")).isZero();
        assertThat(count("select count(*) from answer a where comment_count <> (select count(*) from comment c "
                + "where c.post_kind = 'answer' and c.post_id = a.id)")).isZero();
        assertThat(count("select count(*) from vote v join question q on v.post_kind = 'question' "
                + "and q.id = v.post_id where q.author_id = v.member_id")).isZero();
    }

    @Test
    void searchIsToldOfEveryLoadedPostInItsChangeLog() {
        assertThat(count("select count(*) from search_change where content_type = 'question'")).isEqualTo(40);
        assertThat(count("select count(*) from search_change where content_type = 'answer'")).isEqualTo(loaded.answers());
        assertThat(count("select count(*) from search_change where content_type = 'comment'"))
                .isEqualTo(loaded.comments());
    }

    @Test
    void everyIndustryAndSizeBandIsRepresentedAndTitlesLinkToRolesOfManyFamilies() {
        assertThat(count("select count(distinct industry) from member")).isEqualTo(12);
        assertThat(count("select count(distinct company_size) from member")).isEqualTo(8);
        assertThat(count("select count(*) from member where role_slug is null or job_title is null")).isZero();
        assertThat(count("select count(distinct r.family_key) from member m join catalog_role r on r.slug = m.role_slug"))
                .isGreaterThanOrEqualTo(8);
        assertThat(count("select count(distinct role_slug) from question_role")).isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from (select question_id from question_role group by question_id "
                + "having count(*) > 3) t")).isZero();
    }

    @Test
    void sixPollsHaveBallotsFromMostMembersAndTheirBreakdownsShowGroupsOfFiveOrMore() throws Exception {
        assertThat(count("select count(*) from poll")).isEqualTo(6).isEqualTo(loaded.polls());
        assertThat(count("select min(ballot_count) from poll")).isGreaterThanOrEqualTo(60);
        assertThat(count("select count(*) from poll p where ballot_count <> "
                + "(select count(*) from poll_ballot b where b.poll_id = p.id)")).isZero();
        assertThat(count("select count(*) from poll_ballot where industry is null or company_size is null "
                + "or role_family is null")).isZero();
        long open = count("select min(id) from poll where results_visibility = 'always' and closes_at is null");

        String json = mvc.perform(get("/api/polls/" + open)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        for (String trait : List.of("industry", "companySize", "roleFamily")) {
            List<Integer> shown = JsonPath.read(json, "$.breakdown." + trait + "[?(@.withheld == false)].total");
            assertThat(shown).as(trait).isNotEmpty().allSatisfy(total -> assertThat(total).isGreaterThanOrEqualTo(5));
        }
    }

    @Test
    void aQuestionPageShowsTheGeneratedQuestionWithItsAnswersRendered() throws Exception {
        long id = jdbc.sql("select id from question where answer_count > 1 order by id limit 1").query(Long.class).single();
        String title = jdbc.sql("select title from question where id = ?").param(id).query(String.class).single();

        String html = mvc.perform(get("/questions/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).contains(title);
        assertThat(html).doesNotContain("{role}").doesNotContain("{other}").contains("<p>");
    }

    @Test
    void aSecondLoadWithoutAppendIsRefusedAndChangesNothing() {
        long members = count("select count(*) from member");

        assertThatThrownBy(() -> demo.load(new DemoCommunity.Request(40, 42, false), line -> { }))
                .isInstanceOf(CliException.class).hasMessageContaining("already has 40 questions")
                .hasMessageContaining("--append");

        assertThat(count("select count(*) from member")).isEqualTo(members);
        assertThat(count("select count(*) from question")).isEqualTo(40);
    }

    @Test
    void aBulkQuestionWithAnAuthorUpvotingTheirOwnAnswerIsRefusedWhole() {
        long author = count("select min(id) from member");
        long other = count("select max(id) from member");
        BulkAnswer ownVote = new BulkAnswer(other, false, "An answer.", Instant.now(), List.of(other), List.of());
        BulkQuestion fine = new BulkQuestion(author, false, "A fine question", "Body.", List.of("cto"),
                Instant.now(), List.of(other), List.of(), List.of(), null, 0);
        BulkQuestion bad = new BulkQuestion(author, false, "A question", "Body.", List.of("cto"), Instant.now(),
                List.of(), List.of(), List.of(ownVote), null, 0);

        assertThatThrownBy(() -> community.insert(List.of(fine, bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is its author");

        assertThat(count("select count(*) from question")).isEqualTo(40);
    }
}
