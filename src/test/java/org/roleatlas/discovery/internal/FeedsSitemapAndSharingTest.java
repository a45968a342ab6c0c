package org.roleatlas.discovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.roleatlas.accounts.MemberSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Atom feeds, the sitemap and the sharing tags of pages, with a public address configured: everything they link
 * to is absolute, and they show only what everyone may read.
 */
@SpringBootTest(properties = {"roleatlas.public-url=https://roles.example.com",
        "roleatlas.rate-limits.post=1000/1m,1000/1h"})
@AutoConfigureMockMvc
@OwnDatabase
@ActiveProfiles("h2")
class FeedsSitemapAndSharingTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITE = "https://roles.example.com";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Entry(String id, String title, String author, String summary, String link) {
    }

    @Test
    void theQuestionsFeedListsTheTwentyNewestQuestionsEveryoneMaySeeWithoutNamingAnonymousAuthors() throws Exception {
        String token = writer("feedwriter", "Fiona Feedwriter");
        List<Long> older = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            older.add(ask(token, "Older question number " + i, List.of("cio"), false));
        }
        long named = ask(token, "Who owns the cloud bill?", List.of("cto"), false);
        long anonymous = ask(token, "Should I report to the CFO?", List.of("cto"), true);
        long hidden = ask(token, "A question a moderator hid", List.of("cto"), false);
        jdbc.sql("update question set moderation = 'hidden' where id = ?").param(hidden).update();
        long held = ask(token, "A question held for review", List.of("cto"), false);
        jdbc.sql("update question set moderation = 'held' where id = ?").param(held).update();
        long deleted = ask(token, "A question its author deleted", List.of("cto"), false);
        jdbc.sql("update question set deleted_at = current_timestamp where id = ?").param(deleted).update();

        MockHttpServletResponse response = mvc.perform(get("/questions/feed.atom")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(MediaType.parseMediaType(response.getContentType()))
                .matches(t -> t.isCompatibleWith(MediaType.parseMediaType("application/atom+xml")));
        Document feed = parse(response.getContentAsString());
        List<Entry> entries = entries(feed);

        assertThat(entries).hasSize(20);
        assertThat(entries.get(0).title()).isEqualTo("Should I report to the CFO?");
        assertThat(entries.get(1).title()).isEqualTo("Who owns the cloud bill?");
        assertThat(entries).extracting(Entry::title).doesNotContain("A question a moderator hid",
                "A question held for review", "A question its author deleted", "Older question number 1");
        assertThat(entries.get(0).author()).isEqualTo("Anonymous");
        assertThat(entries.get(1).author()).isEqualTo("Fiona Feedwriter");
        assertThat(entries.get(0).link()).isEqualTo(SITE + "/questions/" + anonymous);
        assertThat(entries.get(1).id()).isEqualTo(SITE + "/questions/" + named);
        assertThat(entries.get(1).summary()).isEqualTo("Text of Who owns the cloud bill? with bold words.");
        assertThat(feed.getDocumentElement().getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(entries).extracting(Entry::link).contains(SITE + "/questions/" + older.get(18))
                .doesNotContain(SITE + "/questions/" + older.get(0));
    }

    @Test
    void aRolesDiscussionFeedListsOnlyTheQuestionsTaggedWithIt() throws Exception {
        String token = writer("rolewriter", "Rolf Rolewriter");
        long tagged = ask(token, "How does an MLOps team hand over models?", List.of("mlops-engineer"), false);
        ask(token, "What does a CISO sign off on?", List.of("ciso"), false);

        Document feed = parse(mvc.perform(get("/roles/mlops-engineer/discussions/feed.atom"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(entries(feed)).extracting(Entry::title).containsExactly("How does an MLOps team hand over models?");
        assertThat(entries(feed).get(0).link()).isEqualTo(SITE + "/questions/" + tagged);
        assertThat(feed.getDocumentElement().getElementsByTagNameNS(ATOM, "title").item(0).getTextContent())
                .contains("MLOps Engineer");
        mvc.perform(get("/roles/no-such-role/discussions/feed.atom")).andExpect(status().isNotFound());
    }

    @Test
    void theArticlesFeedListsPublishedArticlesButNoDraft() throws Exception {
        MemberSessions sessions = new MemberSessions(mvc);
        sessions.signUp("feededitor", "Edna Editor");
        jdbc.sql("insert into member_authority (member_id, authority) select id, 'editor' from member "
                + "where username = ?").param("feededitor").update();
        String token = sessions.createToken(sessions.signIn("feededitor"), "articles");
        article(token, "Platform teams and their managers", true);
        article(token, "A draft nobody may read yet", false);

        Document feed = parse(mvc.perform(get("/articles/feed.atom")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<Entry> entries = entries(feed);

        assertThat(entries.get(0).title()).isEqualTo("Platform teams and their managers");
        assertThat(entries.get(0).author()).isEqualTo("Edna Editor");
        assertThat(entries.get(0).summary()).isEqualTo("A summary of Platform teams and their managers");
        assertThat(entries.get(0).link()).startsWith(SITE + "/articles/");
        assertThat(entries).extracting(Entry::title).contains("CTO vs CIO: two chiefs, two directions")
                .doesNotContain("A draft nobody may read yet");
        assertThat(entries).extracting(Entry::link).contains(SITE + "/articles/cto-vs-cio");
    }

    @Test
    void theSitemapListsRolesComparisonsVisibleQuestionsArticlesAndNamedMembers() throws Exception {
        String token = writer("mapwriter", "Mara Mapwriter");
        long visible = ask(token, "Where does a staff engineer sit?", List.of("staff-engineer"), false);
        long hidden = ask(token, "A hidden question for the map", List.of("cto"), false);
        jdbc.sql("update question set moderation = 'hidden' where id = ?").param(hidden).update();
        String anonymousOnly = writer("shywriter", "Shy Writer");
        ask(anonymousOnly, "Asked without a name", List.of("cto"), true);

        MockHttpServletResponse response = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/xml");
        Document sitemap = parse(response.getContentAsString());
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapXml.NAMESPACE);
        NodeList locs = sitemap.getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc");
        List<String> urls = IntStream.range(0, locs.getLength()).mapToObj(i -> locs.item(i).getTextContent()).toList();

        assertThat(urls).contains(SITE + "/", SITE + "/roles/cto", SITE + "/roles/cto/discussions",
                SITE + "/compare/cto-vs-cio", SITE + "/questions/" + visible, SITE + "/articles/cto-vs-cio",
                SITE + "/members/mapwriter");
        assertThat(urls).doesNotContain(SITE + "/questions/" + hidden, SITE + "/members/shywriter");
        assertThat(urls).doesNotHaveDuplicates().allMatch(u -> u.startsWith(SITE + "/"));
        mvc.perform(get("/sitemap-1.xml")).andExpect(status().isOk());
        mvc.perform(get("/sitemap-2.xml")).andExpect(status().isNotFound());
    }

    @Test
    void roleComparisonQuestionAndArticlePagesCarrySharingTags() throws Exception {
        long id = ask(writer("sharewriter", "Sam Sharewriter"), "Is a CTO also an architect?", List.of("cto"), false);

        Map<String, String> role = sharing("/roles/cto");
        assertThat(role).containsEntry("og:url", SITE + "/roles/cto").containsEntry("og:type", "website")
                .containsEntry("og:title", "Chief Technology Officer (CTO)");
        assertThat(sharing("/compare/cto-vs-cio")).containsEntry("og:url", SITE + "/compare/cto-vs-cio")
                .containsEntry("og:type", "website");
        Map<String, String> question = sharing("/questions/" + id);
        assertThat(question).containsEntry("og:url", SITE + "/questions/" + id).containsEntry("og:type", "article")
                .containsEntry("og:title", "Is a CTO also an architect?");
        assertThat(question.get("og:description")).contains("Chief Technology Officer");
        assertThat(sharing("/articles/cto-vs-cio")).containsEntry("og:url", SITE + "/articles/cto-vs-cio")
                .containsEntry("og:type", "article").containsEntry("og:title", "CTO vs CIO: two chiefs, two directions");
        assertThat(Jsoup.parse(page("/questions")).select("meta[property^=og:]")).isEmpty();
    }

    @Test
    void theListPagesOfferTheirFeedsInTheirHead() throws Exception {
        assertThat(feedLinks("/questions")).containsExactly("/questions/feed.atom");
        assertThat(feedLinks("/roles/cto/discussions")).containsExactly("/roles/cto/discussions/feed.atom");
        assertThat(feedLinks("/articles")).containsExactly("/articles/feed.atom");
        assertThat(feedLinks("/roles/cto")).isEmpty();
    }

    private List<String> feedLinks(String path) throws Exception {
        return Jsoup.parse(page(path)).select("head link[rel=alternate][type=application/atom+xml]").stream()
                .map(e -> e.attr("href")).toList();
    }

    private Map<String, String> sharing(String path) throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(page(path));
        Map<String, String> tags = new java.util.HashMap<>();
        page.select("head meta[property^=og:]").forEach(m -> tags.put(m.attr("property"), m.attr("content")));
        page.select("head meta[name^=twitter:]").forEach(m -> tags.put(m.attr("name"), m.attr("content")));
        assertThat(tags).containsEntry("og:site_name", "RoleAtlas").containsEntry("twitter:card", "summary")
                .containsKeys("og:title", "og:description", "og:url", "og:type");
        assertThat(tags.get("og:description")).isNotBlank();
        return tags;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** A member with a profile and a token. */
    private String writer(String username, String displayName) throws Exception {
        MemberSessions sessions = new MemberSessions(mvc);
        MockHttpSession session = sessions.signUpWithProfile(username, displayName);
        return sessions.createToken(session, "feeds");
    }

    private long ask(String token, String title, List<String> roles, boolean anonymous) throws Exception {
        String body = JSON.writeValueAsString(Map.of("title", title,
                "body", "Text of " + title + "\n\nwith **bold** words.", "roles", roles, "anonymous", anonymous));
        String location = mvc.perform(post("/api/questions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void article(String token, String title, boolean publish) throws Exception {
        String body = JSON.writeValueAsString(Map.of("title", title, "summary", "A summary of " + title,
                "body", "## Why\n\nSome text about " + title + ".", "roles", List.of("cto"), "publish", publish));
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Entry> entries(Document feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            Element author = (Element) e.getElementsByTagNameNS(ATOM, "author").item(0);
            entries.add(new Entry(text(e, "id"), text(e, "title"), text(author, "name"), text(e, "summary"),
                    ((Element) e.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href")));
        }
        return entries;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
