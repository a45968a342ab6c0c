package org.roleatlas.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.CommunityContract;
import org.roleatlas.CommunityFixture;
import org.roleatlas.InertHtml;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.comments.internal.CommentService;
import org.roleatlas.polls.PollDraft;
import org.roleatlas.posts.PostKind;
import org.roleatlas.questions.internal.QuestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * Flags, the moderation queue and moderator actions through pages, API and services: once-only flags, authority
 * (403 for everyone else), hidden posts gone from every page, list and API for other readers, suspension, CSRF,
 * role tag edits and inert member text. Own database, once per engine; limits raised (these tests are fast).
 */
@CommunityContract
abstract class ModerationContract extends CommunityFixture {

    @Autowired
    QuestionService questions;
    @Autowired
    CommentService comments;
    @Autowired
    ModerationService moderation;
    @Autowired
    FlagService flags;

    ModerationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ModerationFixture(mvc, members, jdbc);
    }

    long ask(String username, String title, String... roles) {
        return questions.ask(fixture.stored(username), new QuestionService.NewQuestion(title, "Body of " + title,
                List.of(roles.length == 0 ? new String[] {"cto"} : roles), false));
    }

    long answer(String username, long questionId, String body) {
        return questions.answer(fixture.stored(username), questionId, body, false);
    }

    long comment(String username, PostKind kind, long postId, String body) {
        return comments.add(fixture.stored(username), kind, postId, body, false).commentId();
    }

    @Test
    void aMemberFlagsAPostOnceAndNeverTheirOwn() throws Exception {
        MockHttpSession author = fixture.member("flagauthor");
        MockHttpSession flagger = fixture.member("flagger");
        String token = fixture.token(flagger);
        long q = ask("flagauthor", "Flag me");
        long a = answer("flagauthor", q, "Flaggable answer");
        long c = comment("flagauthor", PostKind.ANSWER, a, "Flaggable comment");

        mvc.perform(post("/questions/" + q + "/flags").session(flagger).with(csrf()).param("reason", "spam")
                .param("note", "Looks like an advert")).andExpect(redirectedUrl("/questions/" + q));
        fixture.postJson("/api/answers/" + a + "/flags", token, "{\"reason\":\"off-topic\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(true));
        fixture.postJson("/api/comments/" + c + "/flags", token, "{\"reason\":\"abusive\",\"note\":\"Rude\"}")
                .andExpect(status().isCreated());

        fixture.postJson("/api/questions/" + q + "/flags", token, "{\"reason\":\"other\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false));
        mvc.perform(post("/questions/" + q + "/flags").session(flagger).with(csrf()).param("reason", "abusive"))
                .andExpect(redirectedUrl("/questions/" + q));
        assertThat(fixture.count("flag where post_kind = 'question' and post_id = " + q)).isOne();
        assertThat(jdbc.sql("select reason from flag where post_kind = 'question' and post_id = ?").param(q)
                .query(String.class).single()).as("the first flag stands").isEqualTo("spam");

        mvc.perform(post("/answers/" + a + "/flags").session(author).with(csrf()).param("reason", "spam"))
                .andExpect(status().isForbidden());
        fixture.postJson("/api/questions/" + q + "/flags", fixture.token(author), "{\"reason\":\"spam\"}")
                .andExpect(status().isForbidden());
        fixture.postJson("/api/answers/" + a + "/flags", token, "{\"reason\":\"boring\"}")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Reason: one of spam, abusive, off-topic or other"));
        fixture.postJson("/api/questions/" + q + "/flags", token,
                "{\"reason\":\"spam\",\"note\":\"" + "x".repeat(501) + "\"}").andExpect(status().isBadRequest());
        fixture.postJson("/api/answers/999999/flags", token, "{\"reason\":\"spam\"}").andExpect(status().isNotFound());
        assertThat(fixture.count("flag where member_id = " + fixture.stored("flagauthor").id())).isZero();
        assertThat(fixture.count("flag where member_id = " + fixture.stored("flagger").id())).isEqualTo(3);

        Document page = Jsoup.parse(fixture.page("/questions/" + q, flagger));
        assertThat(page.select("#answer-" + a + " details.flag form").attr("action")).isEqualTo("/answers/" + a + "/flags");
        assertThat(Jsoup.parse(fixture.page("/questions/" + q, author)).select("#answer-" + a + " > .post-main > .post-actions > .moderation-controls"))
                .as("no flag menu on your own post").isEmpty();
    }

    @Test
    void everyModerationActionIsForbiddenToMembersWhoAreNotModerators() throws Exception {
        MockHttpSession member = fixture.member("plainmember");
        fixture.member("target");
        String token = fixture.token(member);
        long q = ask("target", "Stay visible");

        mvc.perform(get("/moderation").session(member)).andExpect(status().isForbidden());
        for (String action : List.of("hide", "unhide", "approve", "dismiss")) {
            mvc.perform(post("/moderation/questions/" + q + "/" + action).session(member).with(csrf())
                    .param("reason", "because")).andExpect(status().isForbidden());
            fixture.postJson("/api/moderation/questions/" + q + "/" + action, token, "{\"reason\":\"because\"}")
                    .andExpect(status().isForbidden());
        }
        for (String action : List.of("suspend", "unsuspend")) {
            mvc.perform(post("/moderation/members/" + action).session(member).with(csrf()).param("username", "target")
                    .param("reason", "because")).andExpect(status().isForbidden());
            fixture.postJson("/api/moderation/members/target/" + action, token, "{\"reason\":\"because\"}")
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/moderation/queue").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/moderation/queue")).andExpect(status().isUnauthorized());
        mvc.perform(get("/moderation")).andExpect(redirectedUrl("/sign-in"));

        assertThat(fixture.moderation("question", q)).isEqualTo("visible");
        assertThat(fixture.stored("target").active()).isTrue();
        assertThat(fixture.count("moderation_log where post_id = " + q + " or member_id = "
                + fixture.stored("target").id())).isZero();
    }

    @Test
    void aHiddenPostDisappearsForOtherReadersEverywhereAndUnhidingRestoresIt() throws Exception {
        MockHttpSession mod = fixture.moderator("hidemod");
        MockHttpSession author = fixture.member("hiddenauthor");
        MockHttpSession reader = fixture.member("hidereader");
        long q = questions.ask(fixture.stored("hiddenauthor"), new QuestionService.NewQuestion("Hidden question title",
                "Body", List.of("cto", "cio"), false, new PollDraft(List.of("Yes", "No"), null, null)));
        long poll = jdbc.sql("select id from poll where question_id = ?").param(q).query(Long.class).single();
        long other = ask("hiddenauthor", "Open question title", "cto");
        long a = answer("hiddenauthor", other, "Hidden answer text");
        long c = comment("hiddenauthor", PostKind.QUESTION, other, "Hidden comment text");

        mvc.perform(post("/moderation/questions/" + q + "/hide").session(mod).with(csrf()).param("reason", "Spam link"))
                .andExpect(redirectedUrl("/questions/" + q));
        mvc.perform(post("/moderation/answers/" + a + "/hide").session(mod).with(csrf()).param("reason", "Abuse"))
                .andExpect(redirectedUrl("/questions/" + other + "#answer-" + a));
        fixture.postJson("/api/moderation/comments/" + c + "/hide", fixture.token(mod), "{\"reason\":\"Rude\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.moderation").value("hidden"));

        // Others: not on the question page, not in lists, role discussions or the API; counts leave them out.
        mvc.perform(get("/questions/" + q)).andExpect(status().isNotFound());
        mvc.perform(get("/questions/" + q).session(reader)).andExpect(status().isNotFound());
        mvc.perform(get("/api/questions/" + q)).andExpect(status().isNotFound());
        mvc.perform(get("/api/questions/" + q + "/comments")).andExpect(status().isNotFound());
        mvc.perform(get("/api/polls/" + poll)).andExpect(status().isNotFound());
        mvc.perform(post("/polls/" + poll + "/votes").session(reader).with(csrf()).param("option", "0"))
                .andExpect(status().isNotFound());
        for (String sort : List.of("newest", "views", "votes", "unanswered")) {
            for (String list : List.of("/questions?sort=" + sort, "/questions?role=cio&sort=" + sort,
                    "/roles/cio/discussions?sort=" + sort, "/")) {
                assertThat(fixture.page(list)).as(list).doesNotContain("Hidden question title");
            }
            assertThat(fixture.json("/api/questions?sort=" + sort)).doesNotContain("Hidden question title")
                    .contains("Open question title");
        }
        Document seen = Jsoup.parse(fixture.page("/questions/" + other, reader));
        assertThat(seen.text()).doesNotContain("Hidden answer text").doesNotContain("Hidden comment text")
                .contains("0 answers");
        assertThat(seen.select("#comments-question-" + other + " .comment-count").text()).isEqualTo("0 Comments");
        assertThat(fixture.json("/api/questions/" + other)).doesNotContain("Hidden answer text")
                .contains("\"answerCount\":0").contains("\"comments\":0");
        assertThat(fixture.json("/api/questions/" + other + "/comments")).doesNotContain("Hidden comment text");
        mvc.perform(get("/api/answers/" + a + "/comments")).andExpect(status().isNotFound());
        mvc.perform(post("/answers/" + a + "/upvote").session(reader).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/questions/" + q + "/answers").session(reader).with(csrf()).param("body", "Late"))
                .andExpect(status().isNotFound());

        // The author sees their own hidden posts, marked; moderators see them marked, with Unhide.
        Document own = Jsoup.parse(fixture.page("/questions/" + q, author));
        assertThat(own.select(".moderation-mark.hidden").text()).startsWith("Hidden by a moderator");
        Document modPage = Jsoup.parse(fixture.page("/questions/" + other, mod));
        assertThat(modPage.select("#answer-" + a + " .moderation-mark.hidden")).hasSize(1);
        assertThat(modPage.select("#comment-" + c + " .moderation-mark.hidden")).hasSize(1);
        assertThat(modPage.select("#answer-" + a + " form.unhide").attr("action"))
                .isEqualTo("/moderation/answers/" + a + "/unhide");

        mvc.perform(post("/moderation/questions/" + q + "/hide").session(mod).with(csrf()).param("reason", "Again"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/moderation/answers/" + a + "/unhide").session(mod).with(csrf()).param("reason", ""))
                .andExpect(status().isBadRequest());
        assertThat(fixture.moderation("answer", a)).as("a refused action changes nothing").isEqualTo("hidden");

        for (String post : List.of("/moderation/questions/" + q, "/moderation/answers/" + a, "/moderation/comments/" + c)) {
            mvc.perform(post(post + "/unhide").session(mod).with(csrf()).param("reason", "Reviewed, fine"))
                    .andExpect(status().isFound());
        }
        assertThat(fixture.page("/questions/" + q)).contains("Hidden question title");
        mvc.perform(get("/api/polls/" + poll)).andExpect(status().isOk());
        assertThat(fixture.page("/roles/cio/discussions")).contains("Hidden question title");
        Document restored = Jsoup.parse(fixture.page("/questions/" + other));
        assertThat(restored.text()).contains("Hidden answer text").contains("Hidden comment text").contains("1 answer");
        assertThat(restored.select(".moderation-mark")).isEmpty();
        assertThat(fixture.json("/api/questions/" + other)).contains("\"answerCount\":1").contains("\"comments\":1");

        assertThat(jdbc.sql("select action || ':' || post_kind || ':' || reason from moderation_log "
                        + "where moderator_id = ? order by id").param(fixture.stored("hidemod").id())
                .query(String.class).list()).containsExactly("hide:question:Spam link", "hide:answer:Abuse",
                "hide:comment:Rude", "unhide:question:Reviewed, fine", "unhide:answer:Reviewed, fine",
                "unhide:comment:Reviewed, fine");
    }

    @Test
    void theQueueListsFlaggedPostsMostFlagsFirstAndDismissingOrHidingClearsThem() throws Exception {
        MockHttpSession mod = fixture.moderator("queuemod");
        fixture.member("queueauthor");
        MockHttpSession first = fixture.member("queueflag1");
        MockHttpSession second = fixture.member("queueflag2");
        long once = ask("queueauthor", "Flagged once");
        long twice = ask("queueauthor", "Flagged twice");
        long a = answer("queueauthor", once, "An answer flagged once");
        for (MockHttpSession s : List.of(first, second)) {
            mvc.perform(post("/questions/" + twice + "/flags").session(s).with(csrf()).param("reason", "spam")
                    .param("note", "Advert")).andExpect(status().isFound());
        }
        mvc.perform(post("/questions/" + once + "/flags").session(first).with(csrf()).param("reason", "off-topic"))
                .andExpect(status().isFound());
        mvc.perform(post("/answers/" + a + "/flags").session(second).with(csrf()).param("reason", "abusive"))
                .andExpect(status().isFound());

        Document queue = Jsoup.parse(fixture.page("/moderation", mod));
        List<String> ids = queue.select(".flagged-post").eachAttr("id"); // other tests' flags may be listed too
        assertThat(ids).contains("flagged-question-" + twice, "flagged-question-" + once, "flagged-answer-" + a);
        assertThat(ids.indexOf("flagged-question-" + twice)).as("most flags first")
                .isLessThan(ids.indexOf("flagged-question-" + once)).isLessThan(ids.indexOf("flagged-answer-" + a));
        Element top = queue.selectFirst("#flagged-question-" + twice);
        assertThat(top.select(".flag-count").text()).startsWith("2 flags").contains("Spam (2)");
        assertThat(top.select(".flag-note").eachText()).containsExactly("Advert", "Advert");
        assertThat(queue.select("#flagged-answer-" + a + " .queued-body").text()).isEqualTo("An answer flagged once");
        mvc.perform(get("/api/moderation/queue").header("Authorization", "Bearer " + fixture.token(mod)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged[?(@.post.id == " + twice + " && @.post.kind == 'question')].flags")
                        .value(2));

        mvc.perform(post("/moderation/questions/" + twice + "/dismiss").session(mod).with(csrf()).param("from", "queue"))
                .andExpect(redirectedUrl("/moderation"));
        mvc.perform(post("/moderation/answers/" + a + "/hide").session(mod).with(csrf()).param("reason", "Abusive")
                .param("from", "queue")).andExpect(redirectedUrl("/moderation"));
        Document after = Jsoup.parse(fixture.page("/moderation", mod));
        assertThat(after.select(".flagged-post").eachAttr("id")).contains("flagged-question-" + once)
                .doesNotContain("flagged-question-" + twice, "flagged-answer-" + a);
        assertThat(fixture.page("/questions/" + twice)).as("dismissing leaves the post").contains("Flagged twice");
        assertThat(after.select(".moderation-log tbody tr").first().text()).contains("queuemod").contains("hide")
                .contains("answer " + a).contains("Abusive");
        mvc.perform(post("/moderation/questions/" + twice + "/dismiss").session(mod).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/questions/" + twice + "/flags").session(first).with(csrf()).param("reason", "spam"))
                .andExpect(status().isFound());
        assertThat(fixture.count("flag where post_id = " + twice + " and post_kind = 'question'"))
                .as("a dismissed flag still counts as the member's one flag").isEqualTo(2);
    }

    @Test
    void aSuspendedMemberCannotPostVoteFlagOrUseTokensUntilReinstated() throws Exception {
        MockHttpSession mod = fixture.moderator("suspendmod");
        MockHttpSession member = fixture.member("suspended1");
        fixture.member("bystander");
        String token = fixture.token(member);
        long q = ask("bystander", "Someone else's question");

        mvc.perform(post("/moderation/members/suspend").session(mod).with(csrf()).param("username", "suspended1")
                .param("reason", "Repeated spam")).andExpect(redirectedUrl("/moderation"));
        assertThat(fixture.stored("suspended1").active()).isFalse();

        mvc.perform(post("/questions").session(member).with(csrf()).param("title", "T").param("body", "B")
                .param("roles", "cto")).andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + q + "/answers").session(member).with(csrf()).param("body", "No"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + q + "/comments").session(member).with(csrf()).param("body", "No"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + q + "/upvote").session(member).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + q + "/flags").session(member).with(csrf()).param("reason", "spam"))
                .andExpect(status().isForbidden());
        fixture.postJson("/api/questions", token, "{\"title\":\"T\",\"body\":\"B\",\"roles\":[\"cto\"]}")
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/sign-in").user("suspended1").password(MemberSessions.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
        long id = fixture.stored("suspended1").id();
        assertThat(fixture.count("question where author_id = " + id) + fixture.count("vote where member_id = " + id)
                + fixture.count("flag where member_id = " + id) + fixture.count("answer where author_id = " + id)
                + fixture.count("comment where author_id = " + id)).isZero();
        mvc.perform(post("/moderation/members/suspend").session(mod).with(csrf()).param("username", "suspended1")
                .param("reason", "Twice")).andExpect(status().isBadRequest());
        mvc.perform(post("/moderation/members/suspend").session(mod).with(csrf()).param("username", "suspendmod")
                .param("reason", "Myself")).andExpect(status().isForbidden());

        fixture.postJson("/api/moderation/members/suspended1/unsuspend", fixture.token(mod), "{\"reason\":\"Appeal\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.suspended").value(false));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/questions/" + q + "/upvote").session(member).with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.sql("select action || ':' || reason from moderation_log where member_id = ? order by id")
                .param(fixture.stored("suspended1").id()).query(String.class).list())
                .containsExactly("suspend:Repeated spam", "unsuspend:Appeal");
    }

    @Test
    void moderatorActionsAndFlagsWithoutTheCsrfTokenAreRefused() throws Exception {
        MockHttpSession mod = fixture.moderator("csrfmod");
        fixture.member("csrfauthor");
        long q = ask("csrfauthor", "CSRF target");
        mvc.perform(post("/moderation/questions/" + q + "/hide").session(mod).param("reason", "Forged"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/moderation/members/suspend").session(mod).param("username", "csrfauthor")
                .param("reason", "Forged")).andExpect(status().isForbidden());
        mvc.perform(post("/questions/" + q + "/flags").session(mod).param("reason", "spam"))
                .andExpect(status().isForbidden());
        assertThat(fixture.moderation("question", q)).isEqualTo("visible");
        assertThat(fixture.stored("csrfauthor").active()).isTrue();
        assertThat(fixture.count("flag where post_id = " + q) + fixture.count("moderation_log where moderator_id = "
                + fixture.stored("csrfmod").id())).isZero();
    }

    @Test
    void editingAQuestionChangesItsRoleTagsWithinTheCatalogueAndRecordsThem() throws Exception {
        MockHttpSession owner = fixture.member("tageditor");
        MockHttpSession other = fixture.member("tagintruder");
        long q = ask("tageditor", "Retag me", "cto", "cio");

        Document form = Jsoup.parse(fixture.page("/questions/" + q + "/edit", owner));
        assertThat(form.select("#edit input[name=roles]").eachAttr("value")).startsWith("cto", "cio");
        mvc.perform(post("/questions/" + q + "/edit").session(owner).with(csrf()).param("title", "Retagged")
                .param("body", "Same body").param("roles", "ciso", "", "cto")).andExpect(redirectedUrl("/questions/" + q));
        assertThat(fixture.page("/roles/ciso/discussions")).contains("Retagged");
        assertThat(fixture.page("/roles/cio/discussions")).doesNotContain("Retagged");
        assertThat(jdbc.sql("select previous_roles from post_edit where kind = 'question' and post_id = ?").param(q)
                .query(String.class).single()).isEqualTo("cto,cio");

        String refused = mvc.perform(post("/questions/" + q + "/edit").session(owner).with(csrf())
                        .param("title", "Retagged").param("body", "Same body").param("roles", "no-such-role"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#roles-error").text())
                .startsWith("Roles: no role 'no-such-role' in the catalogue");
        mvc.perform(post("/questions/" + q + "/edit").session(owner).with(csrf()).param("title", "Retagged")
                .param("body", "Same body").param("roles", "", "")).andExpect(status().isBadRequest());

        String token = fixture.token(owner);
        mvc.perform(put("/api/questions/" + q).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Via API\",\"body\":\"New body\",\"roles\":[\"vp-of-engineering\",\"cto\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.roles[0]").value("vp-of-engineering"))
                .andExpect(jsonPath("$.title").value("Via API"));
        mvc.perform(put("/api/questions/" + q).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Six\",\"body\":\"B\",\"roles\":[\"cto\",\"cio\",\"ciso\",\"vp-of-engineering\",\"vp-of-product\",\"staff-engineer\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Roles: tag 1 to 5 catalogue roles"));
        mvc.perform(put("/api/questions/" + q).header("Authorization", "Bearer " + fixture.token(other))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Stolen\",\"body\":\"B\",\"roles\":[\"cto\"]}"))
                .andExpect(status().isForbidden());
        assertThat(fixture.json("/api/questions/" + q)).contains("\"roles\":[\"vp-of-engineering\",\"cto\"]").contains("Via API");
        assertThat(jdbc.sql("select previous_roles from post_edit where kind = 'question' and post_id = ? order by id")
                .param(q).query(String.class).list()).containsExactly("cto,cio", "ciso,cto");
    }

    @Test
    void everyXssVectorInAFlagNoteOrAHideReasonRendersInertInTheQueue() throws Exception {
        MockHttpSession mod = fixture.moderator("xssmod");
        fixture.member("xssauthor");
        fixture.member("xssflagger");
        List<String> all = InertHtml.xssVectors();
        // The queue shows the FLAGGED most flagged posts: the corpus goes through it in batches of that size, each
        // batch's flags dismissed (resolved) before the next, so that every vector is seen in the page.
        for (int from = 0; from < all.size(); from += ModerationQueue.FLAGGED) {
            List<String> vectors = all.subList(from, Math.min(all.size(), from + ModerationQueue.FLAGGED));
            for (String vector : vectors) {
                String text = vector.length() > 500 ? vector.substring(0, 500) : vector;
                long q = ask("xssauthor", "Question for a vector");
                long a = answer("xssauthor", q, "Answer for a vector");
                flags.flag(fixture.stored("xssflagger"), PostKind.QUESTION, q, "other", text);
                moderation.decide(fixture.stored("xssmod"), ModerationService.Decision.HIDE, PostKind.ANSWER, a, text.isBlank() ? "blank" : text);
            }
            Document queue = Jsoup.parse(fixture.page("/moderation", mod));
            List<Element> notes = queue.select(".flag-note");
            List<Element> reasons = queue.select(".log-reason");
            assertThat(notes).hasSize((int) vectors.stream().filter(v -> !v.isBlank()).count());
            assertThat(reasons).hasSize(Math.min(vectors.size(), ModerationQueue.LOG));
            for (Element e : notes) {
                InertHtml.assertInert(e.html(), e.text());
                assertThat(e.children()).as("a note is text, never markup").isEmpty();
            }
            for (Element e : reasons) {
                assertThat(e.children()).as("a reason is text, never markup").isEmpty();
            }
            assertThat(queue.select("script")).as("only the site's own script").hasSize(1);
            jdbc.sql("update flag set resolved_at = created_at where resolved_at is null").update();
        }
    }
}
