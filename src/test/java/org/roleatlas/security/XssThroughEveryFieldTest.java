package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roleatlas.InertHtml;

import tools.jackson.databind.JsonNode;

/**
 * Every vector of the XSS corpus (src/test/resources/xss/vectors.txt) in every text field a member fills (see
 * {@link VectorPosts}), then every page and API answer that shows that text, read over HTTP and parsed with an HTML5
 * parser: the question page (as a visitor, as the author and as a moderator), comments pages, the question list, the
 * role's discussions, the home page, search results and suggestions (also with the vector as the query), the
 * member's profile page, the article page and list, the moderation queue, and the JSON of questions, answers,
 * comments, polls, articles, search and the queue. Member content must be inert ({@link ActiveContent}); a whole page
 * may hold nothing active its template does not (learned from the same pages with harmless text); each field must
 * show its vector's text somewhere, so a vector that was silently dropped cannot pass.
 */
class XssThroughEveryFieldTest extends OwnServer {

    private Site site;
    private Site.Member writer;
    private Site.Member moderator;
    private final Set<String> template = new TreeSet<>();
    private boolean learning;
    private int responses;
    private int containers;
    /** field → indexes of the vectors it was seen to show */
    private final Map<String, Set<Integer>> shown = new TreeMap<>();

    @Test
    void everyVectorInEveryMemberFieldIsInertOnEveryPageAndApiThatShowsIt() {
        long started = System.nanoTime();
        site = Site.onPort(port);
        writer = site.member("xss-writer", "Writer");
        Site.Member flagger = site.member("xss-flagger", "Flagger");
        moderator = site.member("xss-moderator", "Moderator");
        Grants.grant(jdbc, "xss-writer", "editor");
        Grants.grant(jdbc, "xss-moderator", "moderator");
        VectorPosts posts = new VectorPosts(site, writer, flagger, "xssmark");

        learning = true; // the pages with harmless text: what their templates hold
        VectorPosts.Posted harmless = posts.post(-1, "Plain words about *budgets* and [a link](https://example.com)");
        scan(harmless, posts);
        scanSearch(harmless);
        scanLists();
        learning = false;
        assertThat(template).as("the templates' own active content").isNotEmpty();

        List<String> vectors = vectors();
        List<VectorPosts.Posted> posted = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            VectorPosts.Posted p = posts.post(i, vectors.get(i));
            scan(p, posts);
            posted.add(p);
        }
        for (VectorPosts.Posted p : posted) {
            scanSearch(p);
        }
        scanLists();

        Set<Integer> all = new HashSet<>(IntStream.range(0, vectors.size()).boxed().toList());
        Set<Integer> withArticle = new HashSet<>(posted.stream().filter(VectorPosts.Posted::hasArticle)
                .map(VectorPosts.Posted::index).toList());
        Map<String, Set<Integer>> expected = new TreeMap<>();
        for (String field : List.of("display name", "job title", "token name", "question title", "question body",
                "poll option", "answer body", "comment on a question", "comment on an answer", "flag note")) {
            expected.put(field, all);
        }
        for (String field : List.of("article title", "article summary", "article body", "comment on an article")) {
            expected.put(field, withArticle);
        }
        for (Map.Entry<String, Set<Integer>> field : expected.entrySet()) {
            Set<Integer> missing = new TreeSet<>(field.getValue());
            missing.removeAll(shown.getOrDefault(field.getKey(), Set.of()));
            assertThat(missing).as("vectors whose text the %s never showed", field.getKey()).isEmpty();
        }
        System.out.printf("XSS through every field: %d vectors x %d fields (%d vectors refused in an article body, "
                        + "as a broken compare block); %d pages and API answers scanned, %d member-content containers and "
                        + "HTML fields checked; templates' active content: %s; %d s%n", vectors.size(), expected.size(),
                vectors.size() - withArticle.size(), responses, containers, template,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private static List<String> vectors() {
        try {
            List<String> vectors = InertHtml.xssVectors();
            assertThat(vectors).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
            return vectors;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every page and API answer that shows one vector's posts, and the flags on them in the moderation queue. */
    private void scan(VectorPosts.Posted p, VectorPosts posts) {
        int i = p.index();
        String q = "/questions/" + p.question();
        Document asVisitor = page(site.page(q), q);
        see("question title", i, asVisitor.selectFirst("#question-title"), p.title());
        see("question body", i, asVisitor.selectFirst("#question-" + p.question() + " > .question-post > .post-body"), p.marker());
        see("answer body", i, asVisitor.selectFirst("#answer-" + p.answer() + " .post-body"), p.marker());
        see("comment on a question", i, asVisitor.selectFirst("#comment-" + p.questionComment() + " .comment-body"),
                p.marker());
        see("comment on an answer", i, asVisitor.selectFirst("#comment-" + p.answerComment() + " .comment-body"),
                p.marker());
        seeExactly("poll option", i, asVisitor.selectFirst("#poll-" + p.poll() + " .poll-label"), p.pollLabel());
        seeExactly("display name", i, asVisitor.selectFirst("#question-" + p.question() + " > .question-post > .post-main > p.meta .signature strong"),
                p.displayName());
        see("job title", i, asVisitor.selectFirst("#question-" + p.question() + " > .question-post > .post-main > p.meta .signature"), p.jobTitle());
        page(writer.get(q), q + " as its author");
        page(moderator.get(q), q + " as a moderator");
        page(site.page(q + "/comments?on=question&post=" + p.question()), "comments on question " + p.question());
        page(site.page(q + "/comments?on=answer&post=" + p.answer()), "comments on answer " + p.answer());

        JsonNode question = json(site.get("/api/questions/" + p.question()), "/api/questions/" + p.question());
        assertThat(question.get("title").asString()).isEqualTo(p.title());
        json(site.get("/api/questions/" + p.question() + "/comments"), "API comments on question " + p.question());
        json(site.get("/api/answers/" + p.answer() + "/comments"), "API comments on answer " + p.answer());
        JsonNode poll = json(site.get("/api/polls/" + p.poll()), "/api/polls/" + p.poll());
        assertThat(poll.get("options").get(0).get("label").asString()).isEqualTo(p.pollLabel());

        Document me = page(writer.get("/me"), "/me");
        assertThat(me.selectFirst("input[name=displayName]").val()).as("display name on /me").isEqualTo(p.displayName());
        assertThat(me.selectFirst("input[name=jobTitle]").val()).as("job title on /me").isEqualTo(p.jobTitle());
        String tokenName = VectorPosts.shown(p.tokenName());
        if (me.select("table.tokens td:first-child").stream().anyMatch(td -> td.text().equals(tokenName))) {
            shown.computeIfAbsent("token name", k -> new TreeSet<>()).add(i);
        }

        if (p.hasArticle()) {
            String a = "/articles/" + p.articleSlug();
            Document article = page(site.page(a), a);
            see("article title", i, article.selectFirst("article.article > h1"), p.articleTitle());
            see("article summary", i, article.selectFirst("article.article > .lede"), p.articleSummary());
            see("article body", i, article.selectFirst(".article-body"), p.marker());
            see("comment on an article", i, article.selectFirst("#comment-" + p.articleComment() + " .comment-body"),
                    p.marker());
            page(writer.get(a), a + " as an editor");
            page(site.page("/comments/on/article/" + p.articleId()), "comments on article " + p.articleId());
            json(site.get("/api/articles/" + p.articleSlug()), "/api/articles/" + p.articleSlug());
            json(site.get("/api/comments/on/article/" + p.articleId()), "API comments on article " + p.articleId());
        }

        Document queue = page(moderator.get("/moderation"), "/moderation");
        for (String kind : List.of("question-" + p.question(), "answer-" + p.answer(), "comment-" + p.questionComment())) {
            Element flagged = queue.getElementById("flagged-" + kind);
            assertThat(flagged).as("%s in the moderation queue", kind).isNotNull();
            seeExactly("flag note", i, flagged.selectFirst(".flag-note"), p.note());
        }
        json(site.api("GET", "/api/moderation/queue", moderator.token, null), "/api/moderation/queue");
        if (!learning) {
            posts.dismissFlags(p, moderator.token);
        }
    }

    /** Search for the vector's marker (once the index has its posts) and with the vector itself as the query. */
    private void scanSearch(VectorPosts.Posted p) {
        String marker = p.marker();
        long deadline = System.nanoTime() + 30_000_000_000L;
        // the question; the answer and its two comments, which carry the same text and so show as one hit (identical
        // texts collapse); the article
        int expected = p.hasArticle() ? 3 : 2;
        Document results;
        do {
            results = page(site.page("/search?q=" + marker), "search for " + marker);
        } while (results.select("li.hit").size() < expected && System.nanoTime() < deadline && waited());
        assertThat(results.select("li.hit")).as("hits for %s", marker).hasSizeGreaterThanOrEqualTo(expected);
        json(site.get("/api/search?q=" + marker), "/api/search for " + marker);
        page(site.page("/search/suggest?q=" + marker.substring(0, marker.length() - 1)), "suggestions for " + marker);
        json(site.send(site.request("/search/suggest?q=" + marker).header("Accept", "application/json").GET()),
                "JSON suggestions for " + marker);
        String query = URLEncoder.encode(VectorPosts.fit(p.vector(), 200), StandardCharsets.UTF_8);
        page(site.page("/search?q=" + query), "search with vector " + p.index() + " as the query");
        page(site.page("/search/suggest?q=" + query), "suggestions with vector " + p.index() + " as the query");
    }

    /** The lists that show titles, summaries and signatures, page by page. */
    private void scanLists() {
        pages("/questions?page=", n -> "/questions?page=" + n);
        pages("/roles/cto/discussions?page=", n -> "/roles/cto/discussions?page=" + n);
        pages("/articles?page=", n -> "/articles?page=" + n);
        page(site.page("/"), "/");
        page(site.page("/questions?sort=unanswered"), "/questions?sort=unanswered");
        for (String api : List.of("/api/questions?page=", "/api/articles?page=")) {
            for (int n = 1; ; n++) {
                JsonNode list = json(site.get(api + n), api + n);
                if (list.get("nextPage").isNull()) {
                    break;
                }
            }
        }
    }

    private void pages(String what, Function<Integer, String> path) {
        for (int n = 1; ; n++) {
            Document page = page(site.page(path.apply(n)), what + n);
            if (page.select("a[rel=next]").isEmpty()) {
                return;
            }
        }
    }

    private Document page(HttpResponse<String> response, String where) {
        assertThat(response.statusCode()).as("%s: %s", where, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(where)
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        responses++;
        if (learning) {
            template.addAll(ActiveContent.features(page));
        } else {
            ActiveContent.assertOnlyTemplateFeatures(page, template, where);
        }
        containers += ActiveContent.assertMemberContentInert(page, where);
        return page;
    }

    private JsonNode json(HttpResponse<String> response, String where) {
        assertThat(response.statusCode()).as("%s: %s", where, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(where)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode json = Site.json(response);
        responses++;
        containers += ActiveContent.assertJsonInert(json, where);
        return json;
    }

    private static boolean waited() {
        ServerProcess.sleep(100);
        return true;
    }

    /** The field's text is in the element, as the parser reads it. */
    private void see(String field, int index, Element element, String text) {
        assertThat(element).as("%s of vector %d on the page", field, index).isNotNull();
        assertThat(element.text()).as("%s of vector %d", field, index).contains(VectorPosts.shown(text));
        shown.computeIfAbsent(field, k -> new TreeSet<>()).add(index);
    }

    /** The element shows exactly the field's text (nothing of it became markup). */
    private void seeExactly(String field, int index, Element element, String text) {
        assertThat(element).as("%s of vector %d on the page", field, index).isNotNull();
        assertThat(element.text()).as("%s of vector %d", field, index).isEqualTo(VectorPosts.shown(text));
        shown.computeIfAbsent(field, k -> new TreeSet<>()).add(index);
    }
}
