package org.roleatlas.polls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roleatlas.Concurrently.atOnce;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.CommunityFixture;
import org.roleatlas.InertHtml;
import org.roleatlas.TestClock;
import org.roleatlas.TestClockConfiguration;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.TestMembers;
import org.roleatlas.polls.PollDraft;
import org.roleatlas.posts.Viewer;
import org.roleatlas.questions.internal.QuestionService;
import org.roleatlas.system.errors.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * Polls through the ask form, the question page, the API and the service, once per engine: creating and checking
 * polls, one ballot per member under concurrency, results visibility (headline and breakdown, page and API), closed
 * polls, CSRF, inert option labels and anonymity. Limits are raised: these tests post and vote faster than a person.
 */
@CommunityContract
@Import(TestClockConfiguration.class)
abstract class PollsContract extends CommunityFixture {

    @Autowired
    QuestionService questions;
    @Autowired
    PollService polls;
    @Autowired
    TestClock clock;

    MockHttpSession signedIn(String username) throws Exception {
        return new MemberSessions(mvc).signedIn(username);
    }

    String bearer(MockHttpSession session) throws Exception {
        return "Bearer " + new MemberSessions(mvc).createToken(session, "api");
    }

    /** Many voters are needed, and bcrypt per sign-up is slow; a day's standing, so their traits count. */
    Member quickMember(String username, String industry, String companySize, String roleSlug) {
        return new TestMembers(jdbc, members).quickMember(username, industry, companySize, roleSlug);
    }

    Member quickMember(String username) {
        return quickMember(username, null, null, null);
    }

    /** @return the poll's id */
    long askWithPoll(Member author, String visibility, boolean anonymous, String... options) {
        return askWithPoll(author, null, visibility, anonymous, options);
    }

    /** @param closesAt when the poll closes, or null for never */
    long askWithPoll(Member author, Instant closesAt, String visibility, boolean anonymous, String... options) {
        long id = questions.ask(author, new QuestionService.NewQuestion("Poll by " + author.username(), "Body",
                List.of("cto"), anonymous, new PollDraft(List.of(options),
                        closesAt == null ? null : closesAt.toString(), visibility)));
        return polls.ofQuestion(id, Viewer.PUBLIC).orElseThrow().id();
    }

    int ballots(long pollId) {
        return jdbc.sql("select count(*) from poll_ballot where poll_id = ?").param(pollId).query(Integer.class).single();
    }

    int ballotCount(long pollId) {
        return jdbc.sql("select ballot_count from poll where id = ?").param(pollId).query(Integer.class).single();
    }

    int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    String html(String path, MockHttpSession session) throws Exception {
        var request = get(path).accept(MediaType.TEXT_HTML);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aMemberAsksWithAPollOnTheFormAndAnotherVotesOnThePage() throws Exception {
        MockHttpSession asker = signedIn("pollasker");
        MockHttpSession voter = signedIn("pollvoter");
        String location = mvc.perform(post("/questions").session(asker).with(csrf()).param("title", "Who owns the data platform?")
                        .param("body", "Curious how others split it.").param("roles", "cto", "cio")
                        .param("pollOptions", "The CTO", "The CIO", "A Chief Data Officer", "", "")
                        .param("pollClosesAt", "2099-01-31T18:00").param("pollResults", "always"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long questionId = Long.parseLong(location.substring("/questions/".length()));
        PollRow poll = polls.ofQuestion(questionId, Viewer.PUBLIC).orElseThrow();
        assertThat(poll.options()).containsExactly("The CTO", "The CIO", "A Chief Data Officer");
        assertThat(poll.closesAt()).isEqualTo(Instant.parse("2099-01-31T18:00:00Z"));

        Document before = Jsoup.parse(html(location, voter));
        Element section = before.selectFirst("#poll-" + poll.id());
        assertThat(section.select("form.poll-vote input[type=radio]").eachAttr("value")).containsExactly("0", "1", "2");
        assertThat(section.select("form.poll-vote input[name=_csrf]")).hasSize(1);
        assertThat(section.select("form.poll-vote").attr("hx-post")).isEqualTo("/polls/" + poll.id() + "/votes");
        assertThat(section.select(".poll-percent").eachText()).containsExactly("0%", "0%", "0%");
        assertThat(section.select(".poll-status").text()).isEqualTo("Voting closes on 2099-01-31 18:00 UTC.");

        mvc.perform(post("/polls/" + poll.id() + "/votes").session(voter).with(csrf()).param("option", "1"))
                .andExpect(redirectedUrl("/questions/" + questionId + "#poll-" + poll.id()));
        Element after = Jsoup.parse(html(location, voter)).selectFirst("#poll-" + poll.id());
        assertThat(after.select("form.poll-vote")).as("one vote per member").isEmpty();
        // One ballot of a small open poll is not counted yet (steps of 5), so nobody can read it from the results.
        assertThat(after.select(".poll-percent").eachText()).containsExactly("0%", "0%", "0%");
        assertThat(after.select(".chosen .poll-label").text()).isEqualTo("The CIO (your vote)");
        assertThat(after.select(".poll-total").text())
                .isEqualTo("0 votes (1 more is counted once 5 have come in, so that no single vote shows)");

        // With htmx the answer is the poll block alone, to swap in place.
        String fragment = mvc.perform(post("/polls/" + poll.id() + "/votes").session(asker).with(csrf())
                        .header("HX-Request", "true").param("option", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document swapped = Jsoup.parseBodyFragment(fragment);
        assertThat(swapped.select("body > section.poll#poll-" + poll.id())).hasSize(1);
        assertThat(swapped.select(".poll-total").text()).startsWith("0 votes (2 more are counted");
        assertThat(fragment).doesNotContain("<html");
    }

    @Test
    void theAskFormNamesEveryRefusedPollFieldAndStoresNothing() throws Exception {
        MockHttpSession session = signedIn("sloppypoller");
        int questionsBefore = count("question");
        String html = mvc.perform(post("/questions").session(session).with(csrf()).param("title", "A poll")
                        .param("body", "Body").param("roles", "cto")
                        .param("pollOptions", "Yes", "", "yes", "x".repeat(201))
                        .param("pollClosesAt", "2001-01-01T00:00").param("pollResults", "sometimes"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("[id='poll.options[1]-error']").text())
                .isEqualTo("Poll option 2 (poll.options[1]): 1 to 200 characters");
        assertThat(page.selectFirst("[id='poll.options[2]-error']").text())
                .isEqualTo("Poll option 3 (poll.options[2]): the same as option 1");
        assertThat(page.selectFirst("[id='poll.options[3]-error']").text())
                .isEqualTo("Poll option 4 (poll.options[3]): 1 to 200 characters");
        assertThat(page.selectFirst("[id='poll.closesAt-error']").text())
                .isEqualTo("Poll closing time (poll.closesAt): must be in the future");
        assertThat(page.selectFirst("[id='poll.resultsVisibility-error']").text()).contains("always or after-voting");
        assertThat(page.select("details.poll-fields").attr("open")).as("the poll section stays open").isNotNull();
        assertThat(page.select("input[name=pollOptions]").eachAttr("value")).startsWith("Yes", "", "yes");
        assertThat(count("question")).isEqualTo(questionsBefore);

        mvc.perform(post("/questions").session(session).with(csrf()).param("title", "One option").param("body", "B")
                        .param("roles", "cto").param("pollOptions", "Only one"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                        .selectFirst("[id='poll.options-error']").text())
                        .isEqualTo("Poll options (poll.options): give 2 to 10, got 1"));
        assertThat(count("question")).isEqualTo(questionsBefore);
        assertThat(Jsoup.parse(html("/questions/new", session)).select("input[name=pollOptions]")).hasSize(10);
    }

    @Test
    void theApiCreatesAQuestionWithAPollAndServesItsResults() throws Exception {
        String bearer = bearer(signedIn("apipoller"));
        String location = mvc.perform(post("/api/questions").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Build or buy an MLOps platform?", "body": "Trade-offs?", "roles": ["mlops-engineer"],
                                 "poll": {"options": ["Build", "Buy", " Both "], "closesAt": "2099-06-01T09:30:00+02:00",
                                          "resultsVisibility": "after-voting"}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        long pollId = Long.parseLong(mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(jsonPath("$.poll.options[2]").value("Both"))
                .andExpect(jsonPath("$.poll.resultsVisibility").value("after-voting"))
                .andExpect(jsonPath("$.poll.closesAt").value("2099-06-01T07:30:00Z"))
                .andExpect(jsonPath("$.poll.closed").value(false))
                .andExpect(jsonPath("$.poll.total").doesNotExist())
                .andReturn().getResponse().getContentAsString().replaceAll("(?s).*\"poll\":\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/polls/" + pollId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.options[1].label").value("Buy"))
                .andExpect(jsonPath("$.resultsVisible").value(false))
                .andExpect(jsonPath("$.viewerHasVoted").value(false));

        long plain = questions.ask(quickMember("nopoll"), new QuestionService.NewQuestion("No poll", "B", List.of("cto"), false));
        mvc.perform(get("/api/questions/" + plain)).andExpect(jsonPath("$.poll").value(Matchers.nullValue()));
        mvc.perform(get("/api/polls/999999999")).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void theApiRefusesABadPollNamingTheFieldAndStoresNothing() throws Exception {
        String bearer = bearer(signedIn("badapipoller"));
        int before = count("question");
        String[] polls = {
                "{\"options\": [\"a\", \"b\", \"c\", \"\"]}",
                "{\"options\": [\"only\"]}",
                "{\"options\": [\"a\", \"b\"], \"closesAt\": \"next tuesday\"}",
                "{\"options\": [\"a\", \"b\"], \"resultsVisibility\": \"never\"}"};
        String[] named = {"poll.options[3]", "poll.options", "poll.closesAt", "poll.resultsVisibility"};
        for (int i = 0; i < polls.length; i++) {
            mvc.perform(post("/api/questions").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\": \"T\", \"body\": \"B\", \"roles\": [\"cto\"], \"poll\": " + polls[i] + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("(" + named[i] + ")")));
        }
        assertThat(count("question")).isEqualTo(before);
    }

    @Test
    void theApiTakesOneVotePerMemberAndRefusesBadOptions() throws Exception {
        String bearer = bearer(signedIn("apivoter2"));
        long pollId = askWithPoll(quickMember("apiasker2"), "always", false, "Yes", "No");

        mvc.perform(post("/api/polls/" + pollId + "/votes").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"option\": 1}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/polls/" + pollId))
                // a small open poll counts whole steps of 5: the one ballot is cast but not yet counted
                .andExpect(jsonPath("$.options[1].votes").value(0))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.uncounted").value(1))
                .andExpect(jsonPath("$.viewerHasVoted").value(true))
                .andExpect(jsonPath("$.viewerOption").value(1));
        mvc.perform(post("/api/polls/" + pollId + "/votes").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"option\": 0}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("You have already voted in poll " + pollId + "; a vote cannot be changed."));
        mvc.perform(get("/api/polls/" + pollId).header("Authorization", bearer))
                .andExpect(jsonPath("$.viewerOption").value(1));
        mvc.perform(get("/api/polls/" + pollId)).andExpect(jsonPath("$.viewerHasVoted").value(false))
                .andExpect(jsonPath("$.viewerOption").value(Matchers.nullValue()));

        String other = bearer(signedIn("apivoter3"));
        for (String body : new String[] {"{\"option\": 2}", "{\"option\": -1}", "{}"}) {
            mvc.perform(post("/api/polls/" + pollId + "/votes").header("Authorization", other)
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(Matchers.startsWith("option: choose one of the poll's options")));
        }
        mvc.perform(post("/api/polls/" + pollId + "/votes").contentType(MediaType.APPLICATION_JSON).content("{\"option\": 0}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/polls/999999999/votes").header("Authorization", other)
                .contentType(MediaType.APPLICATION_JSON).content("{\"option\": 0}")).andExpect(status().isNotFound());
        assertThat(ballots(pollId)).isOne();
        assertThat(ballotCount(pollId)).isOne();
    }

    @Test
    void aSuspendedMemberCannotVote() throws Exception {
        MockHttpSession session = signedIn("suspendedvoter");
        String bearer = bearer(session);
        long pollId = askWithPoll(quickMember("suspendasker"), "always", false, "Yes", "No");
        jdbc.sql("update member set status = 'suspended' where username = 'suspendedvoter'").update();

        mvc.perform(post("/api/polls/" + pollId + "/votes").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"option\": 0}")).andExpect(status().isUnauthorized());
        mvc.perform(post("/polls/" + pollId + "/votes").session(session).with(csrf()).param("option", "0"))
                .andExpect(status().isForbidden());
        assertThat(ballots(pollId)).isZero();
    }

    @Test
    void aClosedPollRefusesVotesAndShowsItsResultsToEveryone() throws Exception {
        MockHttpSession session = signedIn("latevoter");
        String bearer = bearer(session);
        long pollId = askWithPoll(quickMember("closedasker"), clock.instant().plus(Duration.ofHours(1)), "after-voting",
                false, "Early", "Late");
        polls.vote(quickMember("earlyvoter"), pollId, 0);
        clock.advance(Duration.ofHours(2)); // the poll's closing time passes

        mvc.perform(post("/api/polls/" + pollId + "/votes").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"option\": 1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("closed")));
        mvc.perform(post("/polls/" + pollId + "/votes").session(session).with(csrf()).param("option", "1"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/polls/" + pollId)).andExpect(jsonPath("$.closed").value(true))
                .andExpect(jsonPath("$.resultsVisible").value(true))
                .andExpect(jsonPath("$.options[0].percent").value(100));

        long questionId = questionOf(pollId);
        Element poll = Jsoup.parse(html("/questions/" + questionId, session)).selectFirst("#poll-" + pollId);
        assertThat(poll.select(".poll-status").text()).startsWith("This poll closed on ");
        assertThat(poll.select("form.poll-vote")).isEmpty();
        assertThat(poll.select(".poll-percent").eachText()).containsExactly("100%", "0%");
        assertThat(ballots(pollId)).isOne();
    }

    @Test
    void afterVotingResultsAndBreakdownStayHiddenInTheApiAndThePageUntilTheViewerVotes() throws Exception {
        MockHttpSession session = signedIn("curiousvoter");
        String bearer = bearer(session);
        Member asker = quickMember("hiddenasker");
        long pollId = askWithPoll(asker, "after-voting", false, "Left", "Right");
        for (int i = 0; i < 9; i++) {
            polls.vote(quickMember("hiddenvoter" + i, "manufacturing", "10001+", "cio"), pollId, i % 2);
        }
        long questionId = questionOf(pollId);

        for (String auth : new String[] {null, bearer}) {
            var request = get("/api/polls/" + pollId);
            if (auth != null) {
                request.header("Authorization", auth);
            }
            mvc.perform(request).andExpect(status().isOk())
                    .andExpect(jsonPath("$.resultsVisible").value(false))
                    .andExpect(jsonPath("$.total").value(Matchers.nullValue()))
                    .andExpect(jsonPath("$.breakdown").value(Matchers.nullValue()))
                    .andExpect(jsonPath("$.options[0].votes").value(Matchers.nullValue()))
                    .andExpect(jsonPath("$.options[0].percent").value(Matchers.nullValue()));
        }
        for (MockHttpSession viewer : new MockHttpSession[] {null, session}) {
            Element poll = Jsoup.parse(html("/questions/" + questionId, viewer)).selectFirst("#poll-" + pollId);
            assertThat(poll.select(".poll-results, .poll-total, .poll-breakdown, meter")).isEmpty();
            assertThat(poll.text()).doesNotContain("%").doesNotContain("fewer than 5")
                    .contains("Results show once you have voted.");
        }

        mvc.perform(post("/polls/" + pollId + "/votes").session(session).with(csrf()).param("option", "0"))
                .andExpect(status().isFound());
        mvc.perform(get("/api/polls/" + pollId).header("Authorization", bearer))
                .andExpect(jsonPath("$.resultsVisible").value(true)).andExpect(jsonPath("$.total").value(10))
                .andExpect(jsonPath("$.options[0].percent").value(60))
                .andExpect(jsonPath("$.breakdown.industry[0].group").value("manufacturing"));
        Element poll = Jsoup.parse(html("/questions/" + questionId, session)).selectFirst("#poll-" + pollId);
        assertThat(poll.select(".poll-percent").eachText()).containsExactly("60%", "40%");
        assertThat(poll.select(".poll-breakdown table")).hasSize(3);
        mvc.perform(get("/api/polls/" + pollId)).andExpect(jsonPath("$.resultsVisible").value(false));
    }

    @Test
    void theBreakdownShowsGroupsOfFiveOrMoreAndWithholdsTheRestOnThePageAndInTheApi() throws Exception {
        long pollId = askWithPoll(quickMember("groupasker"), "always", false, "Yes", "No");
        for (int i = 0; i < 6; i++) {
            polls.vote(quickMember("maker" + i, "manufacturing", "10001+", "cio"), pollId, i < 4 ? 0 : 1);
        }
        for (int i = 0; i < 5; i++) {
            polls.vote(quickMember("coder" + i, "software", "51-200", "staff-engineer"), pollId, i < 3 ? 0 : 1);
        }
        for (int i = 0; i < 4; i++) {
            polls.vote(quickMember("nurse" + i, "healthcare", "51-200", null), pollId, 1);
        }
        // 6 + 5 + 4 industries: showing the 5 would let the 4 be worked out from the headline, so it is withheld too.
        mvc.perform(get("/api/polls/" + pollId)).andExpect(jsonPath("$.total").value(15))
                .andExpect(jsonPath("$.breakdown.industry[0].group").value("healthcare"))
                .andExpect(jsonPath("$.breakdown.industry[0].label").value("Healthcare and Biotech"))
                .andExpect(jsonPath("$.breakdown.industry[0].fewerThanFive").value(true))
                .andExpect(jsonPath("$.breakdown.industry[0].total").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.breakdown.industry[0].options").isEmpty())
                .andExpect(jsonPath("$.breakdown.industry[1].group").value("manufacturing"))
                .andExpect(jsonPath("$.breakdown.industry[1].total").value(6))
                .andExpect(jsonPath("$.breakdown.industry[1].options[0].percent").value(67))
                .andExpect(jsonPath("$.breakdown.industry[2].group").value("software"))
                .andExpect(jsonPath("$.breakdown.industry[2].withheld").value(true))
                .andExpect(jsonPath("$.breakdown.industry[2].fewerThanFive").value(false))
                .andExpect(jsonPath("$.breakdown.companySize[0].label").value("10,001+"))
                .andExpect(jsonPath("$.breakdown.roleFamily[0].group").value("engineering"))
                .andExpect(jsonPath("$.breakdown.roleFamily[0].label").value("Software engineering"));

        long questionId = questionOf(pollId);
        Document page = Jsoup.parse(html("/questions/" + questionId, null));
        Element industry = page.selectFirst("#breakdown-" + pollId + "-industry");
        assertThat(industry.select("tbody th").eachText())
                .containsExactly("Healthcare and Biotech", "Manufacturing", "Software");
        assertThat(industry.select("tbody tr").get(0).select("td").text()).isEqualTo("fewer than 5");
        assertThat(industry.select("tbody tr").get(1).select("td").eachText()).containsExactly("67%", "33%", "6");
        assertThat(industry.select("tbody tr").get(2).select("td").text()).startsWith("withheld");
        assertThat(page.select("#breakdown-" + pollId + "-companySize tbody th").eachText())
                .containsExactly("10,001+", "51–200");
    }

    @Test
    void aBallotKeepsTheVotersTraitsAsTheyWereWhenCast() throws Exception {
        long pollId = askWithPoll(quickMember("snapshotasker"), "always", false, "Yes", "No");
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            voters.add(quickMember("mover" + i, "retail", "11-50", "cto"));
            polls.vote(voters.get(i), pollId, i % 2);
        }
        jdbc.sql("update member set industry = 'energy', company_size = '1-10', role_slug = 'staff-engineer' "
                + "where username like 'mover%'").update();

        mvc.perform(get("/api/polls/" + pollId))
                .andExpect(jsonPath("$.breakdown.industry[0].group").value("retail"))
                .andExpect(jsonPath("$.breakdown.industry[0].total").value(5))
                .andExpect(jsonPath("$.breakdown.companySize[0].group").value("11-50"))
                .andExpect(jsonPath("$.breakdown.roleFamily[0].group").value("executive"))
                .andExpect(jsonPath("$.breakdown.industry.length()").value(1));
    }

    @Test
    void aVoteWithoutTheCsrfTokenIsForbiddenAndCountsNothing() throws Exception {
        MockHttpSession voter = signedIn("forgedpoller");
        long pollId = askWithPoll(quickMember("csrfpollasker"), "always", false, "Yes", "No");

        mvc.perform(post("/polls/" + pollId + "/votes").session(voter).param("option", "0"))
                .andExpect(status().isForbidden());
        assertThat(ballots(pollId)).isZero();
        assertThat(ballotCount(pollId)).isZero();
    }

    @Test
    void oneMemberVotingTwentyTimesAtOnceCastsOneBallot() throws Exception {
        long pollId = askWithPoll(quickMember("raceasker"), "always", false, "Yes", "No");
        Member voter = quickMember("racer");
        List<Throwable> refused = java.util.Collections.synchronizedList(new ArrayList<>());

        atOnce(20, i -> {
            try {
                polls.vote(voter, pollId, i % 2);
            } catch (ConflictException expected) {
                refused.add(expected);
            }
        });

        assertThat(ballots(pollId)).isOne();
        assertThat(ballotCount(pollId)).isOne();
        assertThat(refused).hasSize(19);
        assertThatThrownBy(() -> polls.vote(voter, pollId, 0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void thirtyMembersVotingAtOnceCastThirtyBallots() throws Exception {
        long pollId = askWithPoll(quickMember("crowdasker"), "always", false, "Yes", "No", "Maybe");
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            voters.add(quickMember("pollcrowd" + i, "software", "51-200", "cto"));
        }

        atOnce(30, i -> polls.vote(voters.get(i), pollId, i % 3));

        assertThat(ballots(pollId)).isEqualTo(30);
        assertThat(ballotCount(pollId)).isEqualTo(30);
        mvc.perform(get("/api/polls/" + pollId)).andExpect(jsonPath("$.total").value(30))
                .andExpect(jsonPath("$.options[*].votes").value(Matchers.contains(10, 10, 10)))
                .andExpect(jsonPath("$.breakdown.industry[0].total").value(30));
        assertThat(jdbc.sql("select seq from poll_ballot where poll_id = ? order by seq").param(pollId)
                .query(Integer.class).list()).as("each ballot numbered once, in cast order")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
    }

    @Test
    void accountsMadeOrMovedIntoAGroupAfterThePollOpenedCannotPadItToRevealAVote() throws Exception {
        Member alone = quickMember("lonegov", "government", "1001-5000", "cio");
        List<Member> others = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            others.add(quickMember("steady" + i, "retail", "11-50", "cto"));
        }
        long pollId = askWithPoll(quickMember("padasker"), "always", false, "Yes", "No");
        polls.vote(alone, pollId, 1);
        others.forEach(m -> polls.vote(m, pollId, others.indexOf(m) % 2));
        // The attack: four fresh accounts, and one existing member who moves, into the lone member's industry.
        MockHttpSession mover = signedIn("govmover");
        for (int i = 0; i < 4; i++) {
            MockHttpSession fresh = signedIn("padder" + i);
            mvc.perform(post("/me").session(fresh).with(csrf()).param("displayName", "Padder " + i)
                    .param("jobTitle", "Chief Information Officer").param("industry", "government")
                    .param("companySize", "1001-5000")).andExpect(redirectedUrl("/me?saved"));
            mvc.perform(post("/polls/" + pollId + "/votes").session(fresh).with(csrf()).param("option", "0"));
        }
        mvc.perform(post("/me").session(mover).with(csrf()).param("displayName", "Mover")
                .param("jobTitle", "Chief Information Officer").param("industry", "government")
                .param("companySize", "1001-5000")).andExpect(redirectedUrl("/me?saved"));
        mvc.perform(post("/polls/" + pollId + "/votes").session(mover).with(csrf()).param("option", "0"));

        assertThat(ballots(pollId)).isEqualTo(15);
        mvc.perform(get("/api/polls/" + pollId)).andExpect(jsonPath("$.total").value(15))
                .andExpect(jsonPath("$.breakdown.industry[?(@.group == 'government')].withheld").value(
                        Matchers.contains(true)))
                .andExpect(jsonPath("$.breakdown.industry[?(@.group == 'government')].fewerThanFive").value(
                        Matchers.contains(true)));
        assertThat(jdbc.sql("select count(*) from poll_ballot where poll_id = ? and industry = 'government'")
                .param(pollId).query(Integer.class).single()).as("only the member settled before the poll").isOne();
    }

    @Test
    void inASmallPollTheResultsJustBeforeAndJustAfterOneVoteAreTheSame() throws Exception {
        long pollId = askWithPoll(quickMember("diffasker"), "always", false, "Yes", "No");
        for (int i = 0; i < 6; i++) {
            polls.vote(quickMember("diffvoter" + i, "retail", "11-50", "cto"), pollId, i % 2);
        }
        String before = mvc.perform(get("/api/polls/" + pollId)).andReturn().getResponse().getContentAsString();
        polls.vote(quickMember("victim", "retail", "11-50", "cto"), pollId, 1);
        String after = mvc.perform(get("/api/polls/" + pollId)).andReturn().getResponse().getContentAsString();

        assertThat(after.replace("\"uncounted\":2", "\"uncounted\":1")).isEqualTo(before);
        mvc.perform(get("/api/polls/" + pollId)).andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.uncounted").value(2));
    }

    @Test
    void everyXssVectorAsAPollOptionRendersAsText() throws Exception {
        MockHttpSession viewer = signedIn("xsspollviewer");
        Member writer = quickMember("xsspoller");
        for (String vector : InertHtml.xssVectors()) {
            String label = vector.strip().length() > 200 ? vector.strip().substring(0, 200).strip() : vector.strip();
            long pollId = askWithPoll(writer, "always", false, label, "A plain option");
            long questionId = questionOf(pollId);

            Document page = Jsoup.parse(html("/questions/" + questionId, viewer));
            Element poll = page.selectFirst("#poll-" + pollId);
            Element radioLabel = poll.select("form.poll-vote label").first();
            assertThat(radioLabel.children().eachAttr("type")).as("only the radio button in %s", vector)
                    .containsExactly("radio");
            radioLabel.select("input").remove();
            InertHtml.assertInert(radioLabel.html(), vector);
            for (Element shown : poll.select(".poll-label, .breakdown thead th")) {
                InertHtml.assertInert(shown.html(), vector);
                assertThat(shown.children()).as("%s is text", vector).isEmpty();
            }
            assertThat(page.select("script")).as("only the site's own script").hasSize(1);
        }
    }

    @Test
    void anAnonymousQuestionsPollNeverRevealsItsAuthor() throws Exception {
        MockHttpSession author = signedIn("secretpoller");
        String bearer = bearer(author);
        String location = mvc.perform(post("/api/questions").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "A quiet question", "body": "B", "roles": ["cto"], "anonymous": true,
                                 "poll": {"options": ["One", "Two"]}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        long questionId = Long.parseLong(location.substring("/api/questions/".length()));
        long pollId = polls.ofQuestion(questionId, Viewer.PUBLIC).orElseThrow().id();
        polls.vote(members.findByUsername("secretpoller").orElseThrow(), pollId, 0);

        for (String json : new String[] {
                mvc.perform(get("/api/polls/" + pollId)).andReturn().getResponse().getContentAsString(),
                mvc.perform(get("/api/polls/" + pollId).header("Authorization", bearer)).andReturn().getResponse()
                        .getContentAsString(),
                mvc.perform(get(location)).andReturn().getResponse().getContentAsString()}) {
            assertThat(json).doesNotContain("secretpoller").doesNotContain("Name of");
        }
        String poll = Jsoup.parse(html("/questions/" + questionId, signedIn("otherreader")))
                .selectFirst("#poll-" + pollId).outerHtml();
        assertThat(poll).doesNotContain("secretpoller").doesNotContain("Name of");
    }

    @Test
    void theOpenApiDocumentDescribesThePollEndpoints() throws Exception {
        mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/polls/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/polls/{id}/votes'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/polls/{id}/votes'].post.responses['409']").exists())
                .andExpect(jsonPath("$.components.schemas.NewPollJson.properties.closesAt").exists());
    }

    private long questionOf(long pollId) {
        return jdbc.sql("select question_id from poll where id = ?").param(pollId).query(Long.class).single();
    }
}
