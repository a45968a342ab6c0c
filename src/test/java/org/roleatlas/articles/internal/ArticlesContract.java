package org.roleatlas.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.roleatlas.CommunityContract;
import tools.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.InertHtml;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.exchange.CatalogImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Articles through the pages and the API: who may write, drafts, publishing, revisions, live comparisons that follow
 * the catalogue, refused comparison blocks, inert member text, contents anchors, comments, role pages and the
 * shipped articles. Own database, once per engine.
 */
@CommunityContract
abstract class ArticlesContract {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogImporter importer;
    @Autowired
    ArticleService service;

    @TempDir
    Path dir;

    /** A signed-in member; an editor when asked (granted as the {@code member add --editor} command does). */
    MockHttpSession member(String prefix, boolean editor) throws Exception {
        String username = prefix + NAMES.incrementAndGet();
        MemberSessions sessions = new MemberSessions(mvc);
        sessions.signUp(username, "Name of " + username);
        if (editor) {
            jdbc.sql("insert into member_authority (member_id, authority) select id, 'editor' from member "
                    + "where username = ?").param(username).update();
        }
        return sessions.signIn(username);
    }

    String token(MockHttpSession session) throws Exception {
        return new MemberSessions(mvc).createToken(session, "articles");
    }

    static String json(String title, String summary, String body, List<String> roles, boolean publish)
            throws IOException {
        return JSON.writeValueAsString(new ArticleApiController.ArticleInputJson(title, summary, body, roles, publish));
    }

    ResultActions apiCreate(String token, String title, String body, boolean publish) throws Exception {
        return mvc.perform(post("/api/articles").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(title, "A summary of " + title, body, List.of("cto", "cio"), publish)));
    }

    String created(String token, String title, String body, boolean publish) throws Exception {
        return apiCreate(token, title, body, publish).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location").replace("/api/articles/", "");
    }

    Document page(String path, MockHttpSession session) throws Exception {
        var request = get(path);
        if (session != null) {
            request = request.session(session);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void theShippedArticlesArePublishedUnderTheEditorialBylineWithLiveComparisons() throws Exception {
        assertThat(page("/articles?role=vp-of-engineering", null).select("#articles .article-item h2 a")
                .eachAttr("href")).contains("/articles/cto-and-vp-of-engineering-splitting-the-job");
        for (String slug : List.of("cto-vs-cio", "cto-and-vp-of-engineering-splitting-the-job",
                "where-mlops-sits-in-the-org")) {
            Document article = page("/articles/" + slug, null);
            assertThat(article.select(".meta").first().text()).startsWith(Editors.EDITORIAL_BYLINE);
            assertThat(article.select(".article-body figure.live-comparison table.compare-table")).isNotEmpty();
            assertThat(article.select(".article-body figure.live-comparison a.full-comparison").first().attr("href"))
                    .startsWith("/compare/");
        }
        assertThat(jdbc.sql("select count(*) from article where origin = 'shipped' and author_id is null")
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aShippedArticleIsUpgradedWhenItsFileChangesUnlessAnEditorChangedIt() throws Exception {
        ShippedArticles.Shipped mlops = shipped("where-mlops-sits-in-the-org");
        assertThat(service.synchronise(mlops)).as("unchanged file").isFalse();
        assertThat(service.synchronise(later(mlops))).isTrue();
        mvc.perform(get("/api/articles/" + mlops.slug())).andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.bodyMarkdown").value(org.hamcrest.Matchers.endsWith("A later paragraph.")));

        ShippedArticles.Shipped vpe = shipped("cto-and-vp-of-engineering-splitting-the-job");
        mvc.perform(post("/articles/" + vpe.slug() + "/edit").session(member("editor", true)).with(csrf())
                        .param("title", vpe.title()).param("summary", vpe.summary())
                        .param("body", vpe.body() + "\n\nAn editor's note.").param("roles", "cto", "vp-of-engineering"))
                .andExpect(redirectedUrl("/articles/" + vpe.slug()));
        assertThat(service.synchronise(later(vpe))).as("edited here: left as it is").isFalse();
        mvc.perform(get("/api/articles/" + vpe.slug()))
                .andExpect(jsonPath("$.bodyMarkdown").value(org.hamcrest.Matchers.endsWith("An editor's note.")));
    }

    private static ShippedArticles.Shipped shipped(String slug) {
        return ShippedArticles.fromClasspath().stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
    }

    /** The same file in a later release. */
    private static ShippedArticles.Shipped later(ShippedArticles.Shipped s) {
        return new ShippedArticles.Shipped(s.file(), s.slug(), s.title(), s.summary(), s.roles(),
                s.body().strip() + "\n\nA later paragraph.", s.hash().substring(0, 58) + "-later");
    }

    @Test
    void onlyEditorsWriteArticles() throws Exception {
        MockHttpSession member = member("reader", false);
        mvc.perform(get("/articles/new").session(member)).andExpect(status().isForbidden());
        mvc.perform(post("/articles").session(member).with(csrf()).param("title", "Mine").param("summary", "S")
                .param("body", "B").param("roles", "cto")).andExpect(status().isForbidden());
        apiCreate(token(member), "By a member", "Body", true).andExpect(status().isForbidden());
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                .content(json("No token", "S", "B", List.of("cto"), true))).andExpect(status().isUnauthorized());
        MockHttpSession editor = member("editor", true);
        mvc.perform(post("/articles").session(editor).param("title", "No CSRF").param("summary", "S")
                .param("body", "B").param("roles", "cto")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from article where title in ('Mine', 'By a member', 'No token', "
                + "'No CSRF')").query(Integer.class).single()).isZero();
        mvc.perform(post("/articles").session(editor).with(csrf()).param("title", "Written on the web")
                        .param("summary", "S").param("body", "B").param("roles", "cto").param("action", "publish"))
                .andExpect(redirectedUrl("/articles/written-on-the-web"));
    }

    @Test
    void anArticleTitledNewDoesNotHideBehindTheWritingForm() throws Exception {
        MockHttpSession editor = member("editor", true);
        mvc.perform(post("/articles").session(editor).with(csrf()).param("title", "New")
                        .param("summary", "S").param("body", "B").param("roles", "cto").param("action", "publish"))
                .andExpect(redirectedUrl("/articles/new-2"));
        mvc.perform(get("/articles/new-2")).andExpect(status().isOk());
    }

    @Test
    void editorsGivingArticlesTheSameTitleAtOnceEachGetAnArticleWithItsOwnSlug() throws Exception {
        String token = token(member("editor", true));
        int writers = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<org.springframework.mock.web.MockHttpServletResponse>> responses =
                    new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                responses.add(pool.submit(() -> {
                    go.await();
                    // tagged qa-engineer only: the shipped articles' role pages stay as other tests expect them
                    return mvc.perform(post("/api/articles").header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON).content(json("Written at the same moment",
                                    "Six at once", "Body.", List.of("qa-engineer"), true))).andReturn().getResponse();
                }));
            }
            go.countDown();
            java.util.Set<String> locations = new java.util.HashSet<>();
            for (var response : responses) {
                var r = response.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
                locations.add(r.getHeader("Location"));
            }
            assertThat(locations).hasSize(writers).contains("/api/articles/written-at-the-same-moment");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDraftIsSeenByEditorsOnlyUntilPublished() throws Exception {
        MockHttpSession editor = member("editor", true);
        String token = token(editor);
        String slug = created(token, "Draft about platform teams", "Not ready yet.", false);
        mvc.perform(get("/articles/" + slug)).andExpect(status().isNotFound());
        mvc.perform(get("/api/articles/" + slug)).andExpect(status().isNotFound());
        mvc.perform(get("/articles/" + slug).session(member("reader", false))).andExpect(status().isNotFound());
        assertThat(page("/articles", null).select("#articles a").eachAttr("href")).doesNotContain("/articles/" + slug);
        assertThat(page("/articles", editor).select("#drafts a").eachAttr("href")).contains("/articles/" + slug);
        assertThat(page("/articles/" + slug, member("other-editor", true)).select(".draft-flag")).isNotEmpty();

        mvc.perform(post("/articles/" + slug + "/publish").session(editor).with(csrf()))
                .andExpect(redirectedUrl("/articles/" + slug));
        mvc.perform(get("/api/articles/" + slug)).andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true));
        assertThat(page("/articles", null).select("#articles a").eachAttr("href")).contains("/articles/" + slug);

        mvc.perform(post("/articles/" + slug + "/delete").session(editor).with(csrf()))
                .andExpect(redirectedUrl("/articles"));
        mvc.perform(get("/articles/" + slug)).andExpect(status().isNotFound());
        mvc.perform(get("/api/articles/" + slug)).andExpect(status().isNotFound());
    }

    @Test
    void everyEditKeepsARevisionListedInTheHistory() throws Exception {
        MockHttpSession editor = member("editor", true);
        String token = token(editor);
        String slug = created(token, "Revisions of a text", "First words.", true);
        for (String body : List.of("Second words.", "Third words.")) {
            mvc.perform(put("/api/articles/" + slug).header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json("Revisions of a text", "Summary", body, List.of("cto"), false)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.bodyMarkdown").value(body));
        }
        mvc.perform(post("/articles/" + slug + "/edit").session(editor).with(csrf()).param("title", "Renamed")
                        .param("summary", "Summary").param("body", "Fourth words.").param("roles", "cio"))
                .andExpect(redirectedUrl("/articles/" + slug));
        Document history = page("/articles/" + slug + "/history", null);
        assertThat(history.select("#revisions .revision").eachAttr("id"))
                .containsExactly("revision-4", "revision-3", "revision-2", "revision-1");
        assertThat(history.select("#revision-1 pre").text()).isEqualTo("First words.");
        assertThat(history.select("#revision-4 h2").text()).contains("Renamed");
        mvc.perform(get("/api/articles/" + slug)).andExpect(jsonPath("$.revision").value(4))
                .andExpect(jsonPath("$.roles[0]").value("cio"));
    }

    @Test
    void aComparisonBlockShowsTheCatalogueAsItIsNow() throws Exception {
        String token = token(member("editor", true));
        String slug = created(token, "Live table", "Before.\n\n```compare\nroles: vp-of-product, cto\n"
                + "framework: focus\n```\n\nAfter.", true);
        Element table = page("/articles/" + slug, null).select(".article-body table.compare-table").first();
        assertThat(table.select("thead th").eachText()).containsExactly("Dimension", "VP of Product",
                "Chief Technology Officer (CTO)");

        String shipped = new ClassPathResource("catalog/roles/vp-of-product.yaml").getContentAsString(StandardCharsets.UTF_8);
        Path edited = dir.resolve("vp-of-product.yaml");
        Files.writeString(edited, shipped.replaceAll("(?m)^  primary-focus: .*$",
                "  primary-focus: \"Rewritten after the article was published.\""));
        importer.importFiles(List.of(edited));

        Document after = page("/articles/" + slug, null);
        assertThat(after.select(".article-body table.compare-table tbody tr").first().select("td").first().text())
                .isEqualTo("Rewritten after the article was published.");
        assertThat(after.select(".article-body a.full-comparison").attr("href"))
                .isEqualTo("/compare/vp-of-product-vs-cto?framework=focus");
        assertThat(jdbc.sql("select body_markdown from article where slug = ?").param(slug).query(String.class)
                .single()).doesNotContain("Rewritten").as("only the Markdown is stored");
    }

    @Test
    void aBadComparisonBlockIsRefusedNamingItsLineAndNothingIsSaved() throws Exception {
        String token = token(member("editor", true));
        int before = jdbc.sql("select count(*) from article").query(Integer.class).single();
        String body = "Intro\n\n```compare\nroles: cto, no-such-role\nframework: focus\n```\n\n```compare\n"
                + "roles: cto\n```\n\n```compare\nroles: cto, cio\nframework: nonsense\n```\n";
        apiCreate(token, "Broken tables", body, true).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.body").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("line 4: no role 'no-such-role'"),
                        org.hamcrest.Matchers.containsString("line 9: a comparison needs 2 to 6 roles; got 1"),
                        org.hamcrest.Matchers.containsString("line 14: no framework 'nonsense'"))));
        MockHttpSession editor = member("editor", true);
        String form = mvc.perform(post("/articles").session(editor).with(csrf()).param("title", "Broken tables")
                        .param("summary", "S").param("body", body).param("roles", "cto"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(form).select("#body-error").text()).contains("line 4: no role 'no-such-role'");
        assertThat(jdbc.sql("select count(*) from article").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aComparisonInsideOtherCodeIsJustCodeAndMemberTextCannotForgeOne() throws Exception {
        String token = token(member("editor", true));
        String slug = created(token, "Forgery", "<figure class=\"live-comparison\"><table class=\"compare-table\">"
                + "</table></figure>\n\n````markdown\n```compare\nroles: cto, cio\n```\n````\n\n"
                + "> ```compare\n> roles: cto, cio\n> ```\n", true);
        Document article = page("/articles/" + slug, null);
        assertThat(article.select("figure.live-comparison")).isEmpty();
        assertThat(article.select(".article-body pre code").size()).isEqualTo(2);
    }

    @Test
    void headingsGetStableAnchorsAndMakeTheContents() throws Exception {
        String token = token(member("editor", true));
        String slug = created(token, "Contents", "## Who decides\n\ntext\n\n### Budgets & people\n\ntext\n\n"
                + "## Who decides\n\nagain\n\n```compare\nroles: cto, cio\n```\n\n## After the table\n", true);
        Document article = page("/articles/" + slug, null);
        assertThat(article.select(".article-body h3, .article-body h4").eachAttr("id")).containsExactly(
                "section-who-decides", "section-budgets-people", "section-who-decides-2", "section-after-the-table");
        assertThat(article.select("nav.toc a").eachAttr("href")).containsExactly("#section-who-decides",
                "#section-budgets-people", "#section-who-decides-2", "#section-after-the-table");
        assertThat(article.select("nav.toc a").eachText()).contains("Budgets & people");
    }

    @Test
    void memberTextInTitleSummaryAndBodyIsInert() throws Exception {
        String token = token(member("editor", true));
        int n = 0;
        for (String vector : InertHtml.xssVectors()) {
            String title = vector.strip().length() > 200 ? vector.strip().substring(0, 200) : vector;
            String summary = vector.strip().length() > 500 ? vector.strip().substring(0, 500) : vector;
            var result = mvc.perform(post("/api/articles").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(title, summary, vector, List.of("cto"), true))).andReturn().getResponse();
            if (result.getStatus() != 201) {
                continue; // refused (blank after stripping): nothing to render
            }
            n++;
            String slug = result.getHeader("Location").replace("/api/articles/", "");
            Document article = page("/articles/" + slug, null);
            Element body = article.select(".article-body").first();
            body.select("h2, h3, h4").removeAttr("id"); // the anchors the application adds
            InertHtml.assertInert(body.html(), vector);
            assertThat(article.select("article.article h1").first().children()).as(vector).isEmpty();
            assertThat(article.select("article.article p.lede").first().children()).as(vector).isEmpty();
            InertHtml.assertInert(article.select("nav.toc ol").html().replaceAll(" class=\"toc-level-[234]\"", "")
                    .replaceAll("href=\"#section-[a-z0-9-]+\"", "href=\"#\""), vector);
            assertThat(article.select("script").eachAttr("src")).as(vector).containsOnly("/js/htmx.min.js");
        }
        assertThat(n).isGreaterThan(10);
    }

    @Test
    void membersCommentOnPublishedArticlesOnly() throws Exception {
        String token = token(member("editor", true));
        String slug = created(token, "Open for comments", "Body", true);
        long id = jdbc.sql("select id from article where slug = ?").param(slug).query(Long.class).single();
        MockHttpSession reader = member("reader", false);
        String location = mvc.perform(post("/comments/on/article/" + id).session(reader).with(csrf())
                        .param("body", "A *thoughtful* comment"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/articles/" + slug + "#comment-");
        mvc.perform(post("/comments/on/article/" + id).session(reader).param("body", "No CSRF"))
                .andExpect(status().isForbidden());

        Document article = page("/articles/" + slug, null);
        assertThat(article.select("#comments .comment-body em").text()).isEqualTo("thoughtful");
        assertThat(article.select("#comments .comment-count").text()).isEqualTo("1 Comment");
        mvc.perform(get("/api/comments/on/article/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1)).andExpect(jsonPath("$.comments[0].author.displayName")
                        .value(org.hamcrest.Matchers.startsWith("Name of reader")));
        mvc.perform(post("/api/comments/on/article/" + id).header("Authorization", "Bearer " + token(reader))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"Through the API\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/articles/" + slug)).andExpect(jsonPath("$.commentsUrl")
                .value("/api/comments/on/article/" + id));

        String draft = created(token, "Closed draft", "Body", false);
        long draftId = jdbc.sql("select id from article where slug = ?").param(draft).query(Long.class).single();
        mvc.perform(post("/comments/on/article/" + draftId).session(reader).with(csrf()).param("body", "Early"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/comments/on/article/" + draftId)).andExpect(status().isNotFound());
        mvc.perform(get("/api/comments/on/nothing/" + id)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from comment where post_kind = 'article' and post_id = ?")
                .param(draftId).query(Integer.class).single()).isZero();
    }

    @Test
    void aRolePageListsTheArticlesTaggedWithIt() throws Exception {
        Document role = page("/roles/cio", null);
        assertThat(role.select("#role-articles a").eachAttr("href")).contains("/articles/cto-vs-cio");
        assertThat(page("/roles/frontend-engineer", null).select("#role-articles")).isEmpty();
        assertThat(page("/articles?role=mlops-engineer", null).select("#articles a").eachAttr("href"))
                .contains("/articles/where-mlops-sits-in-the-org").doesNotContain("/articles/cto-vs-cio");
        mvc.perform(get("/api/articles").param("role", "cio")).andExpect(status().isOk())
                .andExpect(jsonPath("$.articles[?(@.slug == 'cto-vs-cio')].byline").value(Editors.EDITORIAL_BYLINE));
        assertThat(page("/", null).select("header.site nav a[href=/articles]").text()).isEqualTo("Articles");
    }
}
