package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.search.SearchSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * How many SQL statements a page costs must not grow with the rows it shows. Each test builds the same content
 * twice, once with N rows and once with 2N (each row by a different member, so a per-author read would show), reads
 * it through HTTP and asserts the same number of statements both times, under a fixed ceiling. Only the request's
 * own statements are counted (see {@link StatementCounter}). Own database, once per engine; the rate limits are
 * raised because these tests write far faster than people.
 */
@CommunityContract
@Import(StatementCounter.class)
abstract class StatementCountContract {

    private static final Pattern LAST_ID = Pattern.compile("(\\d+)$");
    private static final int N = 10;

    @Autowired
    StatementCounter counter;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<SearchSource> sources;

    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    @Test
    void aQuestionPageCostsTheSameWithTwiceTheAnswersCommentsAndBallots() throws Exception {
        MockHttpSession reader = member("qreader");
        MockHttpSession moderator = member("qmoderator");
        grant("qmoderator", "moderator");
        warmUp(reader);
        long small = thread("qsmall", N, reader, moderator);
        long large = thread("qlarge", 2 * N, reader, moderator);

        Read signedIn = page("/questions/" + large, reader);
        // The first read of a page: the page every reader shares is read and stored, then the member's own parts
        // (votes, anything they wrote that is held or hidden, their ballot); later reads skip the shared part.
        assertFlat("question page, signed in", page("/questions/" + small, reader), signedIn, 17);
        assertThat(Jsoup.parse(signedIn.body()).select(".answer")).hasSize(2 * N);
        assertFlat("question page, signed out", page("/questions/" + small, null), page("/questions/" + large, null),
                10);
        Read moderated = page("/questions/" + large, moderator);
        assertFlat("question page, moderator (a hidden comment under every answer)",
                page("/questions/" + small, moderator), moderated, 15);
        assertThat(Jsoup.parse(moderated.body()).select(".answer .comment")).hasSize(2 * N * 3);
        assertThat(Jsoup.parse(moderated.body()).select(".answer a.more-comments-link").eachText())
                .as("the hidden comment is among the first three, the fourth is behind the link").hasSize(2 * N)
                .containsOnly("Read more comments (1 more)");
        assertFlat("question API", page("/api/questions/" + small, null), page("/api/questions/" + large, null), 9);
    }

    @Test
    void theModerationQueueCostsTheSameWithTwiceTheFlaggedAndHeldPosts() throws Exception {
        MockHttpSession moderator = member("mmoderator");
        grant("mmoderator", "moderator");
        String token = new MemberSessions(mvc).createToken(moderator, "queue");
        warmUp(moderator);
        page("/moderation", moderator);

        flagged("msmall", N);
        Read small = page("/moderation", moderator);
        Read smallApi = api("/api/moderation/queue", token);
        flagged("mlarge", N); // the queue shows every flagged and held post: now twice as many
        Read large = page("/moderation", moderator);
        assertFlat("moderation queue", small, large, 15);
        assertFlat("moderation queue API", smallApi, api("/api/moderation/queue", token), 18);
        Document queue = Jsoup.parse(large.body());
        assertThat(queue.select(".flagged-post")).hasSize(2 * 3 * N);
        assertThat(queue.select(".held-post")).hasSize(2 * 3 * N);
        assertThat(queue.select(".flagged-post").text()).contains("Looks like spam " + (N - 1));
    }

    @Test
    void articlePagesCostTheSameWithTwiceTheArticlesRevisionsAndComments() throws Exception {
        MockHttpSession reader = member("areader");
        warmUp(reader);
        String smallSlug = article("asmall", N);
        Read smallFeed = page("/articles", null);
        Read smallFeedApi = page("/api/articles", null);
        String largeSlug = article("alarge", 2 * N); // the feed now has N more articles, each by another editor

        Read largeFeed = page("/articles", null);
        assertFlat("article feed", smallFeed, largeFeed, 4);
        assertThat(largeFeed.body()).contains("Name of alargee0").contains("Name of alargee" + (2 * N - 1));
        assertFlat("article feed API", smallFeedApi, page("/api/articles", null), 4);
        assertFlat("article page", page("/articles/" + smallSlug, reader), page("/articles/" + largeSlug, reader),
                14);
        assertFlat("article page, signed out", page("/articles/" + smallSlug, null),
                page("/articles/" + largeSlug, null), 10);
        assertFlat("article API", page("/api/articles/" + smallSlug, null), page("/api/articles/" + largeSlug, null),
                4);
        Read history = page("/articles/" + largeSlug + "/history", null);
        assertFlat("article history", page("/articles/" + smallSlug + "/history", null), history, 6);
        assertThat(history.body()).contains("Name of alargee1").contains("Name of alargee" + (2 * N - 1));
        long smallId = articleId(smallSlug);
        long largeId = articleId(largeSlug);
        Read comments = page("/comments/on/article/" + largeId, reader);
        assertFlat("comments on an article", page("/comments/on/article/" + smallId, reader), comments, 9);
        assertThat(Jsoup.parse(comments.body()).select(".comment .signature").eachText()).hasSize(2 * N)
                .doesNotHaveDuplicates();
        assertFlat("comments on an article, API", page("/api/comments/on/article/" + smallId, null),
                page("/api/comments/on/article/" + largeId, null), 6);
    }

    @Test
    void readMoreCommentsCostsTheSameForTwentyCommentsByTwentyMembersAsForTen() throws Exception {
        MockHttpSession reader = member("creader");
        warmUp(reader);
        long[] small = commented("csmall", N);
        long[] large = commented("clarge", 2 * N);

        Read more = page(moreUrl(large[0], "question", large[0]), reader);
        assertFlat("more comments on a question", page(moreUrl(small[0], "question", small[0]), reader), more, 12);
        assertThat(Jsoup.parse(more.body()).select(".comment .signature").eachText()).hasSize(2 * N)
                .doesNotHaveDuplicates().allMatch(s -> s.startsWith("Name of clarge"));
        assertFlat("more comments on an answer", page(moreUrl(small[0], "answer", small[1]), null),
                page(moreUrl(large[0], "answer", large[1]), null), 9);
        assertFlat("more comments, htmx fragment", fragment(moreUrl(small[0], "question", small[0]), reader),
                fragment(moreUrl(large[0], "question", large[0]), reader), 12);
        assertFlat("comments API on a question", page("/api/questions/" + small[0] + "/comments", null),
                page("/api/questions/" + large[0] + "/comments", null), 8);
        assertFlat("comments API on an answer", page("/api/answers/" + small[1] + "/comments", null),
                page("/api/answers/" + large[1] + "/comments", null), 8);
    }

    @Test
    void aReindexChunkAndALogBatchCostTheSameWithTwiceThePosts() throws Exception {
        warmUp(member("rreader"));
        posts("rsmall", N);
        article("rsmall", N);
        Map<String, Read> small = new LinkedHashMap<>();
        Map<String, Read> smallLoad = new LinkedHashMap<>();
        for (SearchSource source : searched()) {
            small.put(source.type(), rebuild(source));
            smallLoad.put(source.type(), load(source));
        }
        posts("rlarge", N); // twice the posts, the new ones by members not seen before
        article("rlarge", N);
        for (SearchSource source : searched()) {
            Read rebuilt = rebuild(source);
            assertFlat("rebuild of " + source.type(), small.get(source.type()), rebuilt, 4);
            assertThat(rebuilt.body()).as("signed by their authors").contains("Name of rlarge");
            assertFlat("log batch of " + source.type(), smallLoad.get(source.type()), load(source), 4);
            List<String> count = counter.statementsOf(source::countVisible);
            assertThat(count).as("counting " + source.type()).hasSize(1).allMatch(s -> s.contains("count("));
        }
    }

    // --- what the pages show ---

    /**
     * A question with a poll and {@code answers} answers, each by another member, with four comments each; the
     * second comment under each answer is hidden by a moderator (who still sees it among the first three).
     */
    private long thread(String prefix, int answers, MockHttpSession reader, MockHttpSession moderator)
            throws Exception {
        long q = ask(prefix + "asker", "Question of " + prefix, true);
        long poll = jdbc.sql("select id from poll where question_id = ?").param(q).query(Long.class).single();
        for (int i = 0; i < answers; i++) {
            long a = lastId(mvc.perform(post("/questions/" + q + "/answers").session(member(prefix + i)).with(csrf())
                    .param("body", "Answer " + i)).andExpect(status().isFound()).andReturn().getResponse()
                    .getRedirectedUrl());
            for (int c = 1; c <= 4; c++) {
                long id = comment(member(prefix + (i + c)), "/answers/" + a + "/comments",
                        "Comment " + c + " on answer " + i);
                if (c == 2) {
                    mvc.perform(post("/moderation/comments/" + id + "/hide").session(moderator).with(csrf())
                            .param("reason", "Off-topic")).andExpect(status().isFound());
                }
            }
            comment(member(prefix + i), "/questions/" + q + "/comments", "Comment " + i + " on the question");
            mvc.perform(post("/polls/" + poll + "/votes").session(member(prefix + i)).with(csrf())
                    .param("option", Integer.toString(i % 2))).andExpect(status().isFound());
            mvc.perform(post("/answers/" + a + "/upvote").session(reader).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        return q;
    }

    /**
     * {@code n} questions, answers and comments, each by another member and flagged by two others (with notes), and
     * {@code n} of each held for review.
     */
    private void flagged(String prefix, int n) throws Exception {
        MockHttpSession flagger = member(prefix + "flagger");
        MockHttpSession second = member(prefix + "second");
        for (int i = 0; i < n; i++) {
            long q = ask(prefix + "q" + i, "Flagged question " + prefix + i, false);
            long a = answer(member(prefix + "a" + i), q, "Flagged answer " + i);
            long c = comment(member(prefix + "c" + i), "/answers/" + a + "/comments", "Flagged comment " + i);
            for (String kind : List.of("questions/" + q, "answers/" + a, "comments/" + c)) {
                flag(flagger, kind, "spam", "Looks like spam " + i);
                flag(second, kind, "abusive", null);
            }
            long heldQ = ask(prefix + "hq" + i, "Held question " + prefix + i, false);
            long heldA = answer(member(prefix + "ha" + i), heldQ, "Held answer " + i);
            long heldC = comment(member(prefix + "hc" + i), "/answers/" + heldA + "/comments", "Held comment " + i);
            for (String table : List.of("comment", "answer", "question")) { // as the first-post hold leaves them
                long id = table.equals("comment") ? heldC : table.equals("answer") ? heldA : heldQ;
                jdbc.sql("update " + table + " set moderation = 'held' where id = ?").param(id).update();
            }
        }
    }

    /**
     * Publishes {@code n} articles, each by another editor, and returns the last one's slug; it has {@code n}
     * revisions by as many editors and {@code n} comments by as many members.
     */
    private String article(String prefix, int n) throws Exception {
        String slug = null;
        for (int i = 0; i < n; i++) {
            String location = mvc.perform(post("/articles").session(editor(prefix + "e" + i)).with(csrf())
                            .param("title", "Article " + prefix + " " + i).param("summary", "Summary " + i)
                            .param("body", "Body of article " + i).param("roles", "cto").param("action", "publish"))
                    .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
            slug = location.substring("/articles/".length());
        }
        for (int i = 1; i < n; i++) {
            mvc.perform(post("/articles/" + slug + "/edit").session(editor(prefix + "e" + i)).with(csrf())
                            .param("title", "Article " + prefix + " " + (n - 1)).param("summary", "Summary " + i)
                            .param("body", "Revised body " + i).param("roles", "cto"))
                    .andExpect(redirectedUrl("/articles/" + slug));
        }
        for (int i = 0; i < n; i++) {
            comment(member(prefix + "r" + i), "/comments/on/article/" + articleId(slug), "Comment " + i);
        }
        return slug;
    }

    /** A question and an answer, each with {@code n} comments by as many members; returns both ids. */
    private long[] commented(String prefix, int n) throws Exception {
        long q = ask(prefix + "asker", "Commented question " + prefix, false);
        long a = answer(member(prefix + "answerer"), q, "An answer");
        for (int i = 0; i < n; i++) {
            comment(member(prefix + i), "/questions/" + q + "/comments", "Comment " + i + " on the question");
            comment(member(prefix + i), "/answers/" + a + "/comments", "Comment " + i + " on the answer");
        }
        return new long[] {q, a};
    }

    /** {@code n} questions, each with an answer and a comment, every post by another member. */
    private void posts(String prefix, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            long q = ask(prefix + "q" + i, "Searched question " + prefix + i, false);
            long a = answer(member(prefix + "a" + i), q, "Searched answer " + i);
            comment(member(prefix + "c" + i), "/answers/" + a + "/comments", "Searched comment " + i);
        }
    }

    private static String moreUrl(long questionId, String on, long postId) {
        return "/questions/" + questionId + "/comments?on=" + on + "&post=" + postId;
    }

    // --- counting ---

    /** Every page kind once, so that what is set up on first use is not counted against the first measurement. */
    private void warmUp(MockHttpSession session) throws Exception {
        long q = ask("warmasker", "Warm-up question " + System.nanoTime(), true);
        long a = answer(member("warmanswerer"), q, "Warm-up answer");
        comment(member("warmanswerer"), "/answers/" + a + "/comments", "Warm-up comment");
        for (String path : List.of("/questions/" + q, moreUrl(q, "answer", a), "/api/questions/" + q,
                "/api/answers/" + a + "/comments", "/articles", "/api/articles")) {
            page(path, session);
            page(path, null);
        }
    }

    /** A response's body (or, for a search source, its documents' bylines) and the statements it took. */
    record Read(String body, List<String> statements) {
    }

    private Read page(String path, MockHttpSession session) throws Exception {
        MockHttpServletRequestBuilder request = get(path).accept(path.startsWith("/api/")
                ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        return perform(session == null ? request : request.session(session));
    }

    private Read fragment(String path, MockHttpSession session) throws Exception {
        return perform(get(path).header("HX-Request", "true").session(session));
    }

    /** Asked twice, the second time counted: a token is stamped as used at most once a minute, by the first. */
    private Read api(String path, String token) throws Exception {
        MockHttpServletRequestBuilder request = get(path).header("Authorization", "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON);
        mvc.perform(request).andExpect(status().isOk());
        return perform(request);
    }

    private Read perform(MockHttpServletRequestBuilder request) throws Exception {
        String[] body = new String[1];
        List<String> statements = counter.statementsOf(() -> body[0] = mvc.perform(request)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return new Read(body[0], statements);
    }

    /** What a rebuild reads from the source (one chunk: these tests have far fewer posts than a chunk holds). */
    private Read rebuild(SearchSource source) throws Exception {
        StringBuilder bylines = new StringBuilder();
        List<String> statements = counter.statementsOf(() -> {
            source.forEachVisible(d -> bylines.append(d.byline()).append('\n'));
            return null;
        });
        return new Read(bylines.toString(), statements);
    }

    /** What applying a batch of the change log reads: every item of the source, by key. */
    private Read load(SearchSource source) throws Exception {
        List<String> keys = source.type().equals("article")
                ? jdbc.sql("select slug from article").query(String.class).list()
                : jdbc.sql("select id from " + source.type()).query(Long.class).list().stream().map(String::valueOf)
                .toList();
        assertThat(keys).as(source.type() + " keys").hasSizeGreaterThanOrEqualTo(N);
        StringBuilder bylines = new StringBuilder();
        List<String> statements = counter.statementsOf(() -> {
            source.load(keys).values().forEach(d -> bylines.append(d.byline()).append('\n'));
            return null;
        });
        assertThat(bylines.toString().lines()).as(source.type() + " documents loaded").hasSize(keys.size());
        return new Read(bylines.toString(), statements);
    }

    private List<SearchSource> searched() {
        List<SearchSource> searched = sources.stream()
                .filter(s -> List.of("question", "answer", "comment", "article").contains(s.type())).toList();
        assertThat(searched).hasSize(4);
        return searched;
    }

    /**
     * A session's password cut-off is read once per node every few seconds (accounts' SessionCutoff cache), so it lands
     * on whichever request comes after the cache expired: a cost of time, not of the page, and left out here.
     */
    private static List<String> perPage(List<String> statements) {
        return statements.stream().filter(s -> !s.startsWith("select sessions_valid_after from member")).toList();
    }

    /** The same count with twice the rows, and no more than {@code ceiling}. */
    private static void assertFlat(String what, Read smallRead, Read largeRead, int ceiling) {
        List<String> small = perPage(smallRead.statements());
        List<String> large = perPage(largeRead.statements());
        assertThat(large.size()).as("%s: %d statements with N rows, %d with 2N:%n%s%n--- with N:%n%s", what,
                small.size(), large.size(), String.join("\n", large), String.join("\n", small))
                .isEqualTo(small.size());
        assertThat(large.size()).as("%s: at most %d statements:%n%s", what, ceiling, String.join("\n", large))
                .isLessThanOrEqualTo(ceiling);
    }

    // --- writing, as members do ---

    private long ask(String username, String title, boolean poll) throws Exception {
        MockHttpServletRequestBuilder request = post("/questions").session(member(username)).with(csrf())
                .param("title", title).param("body", "Body of " + title).param("roles", "cto");
        if (poll) {
            request = request.param("pollOptions", "Yes", "No").param("pollResults", "always");
        }
        return lastId(mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl());
    }

    private long answer(MockHttpSession session, long questionId, String body) throws Exception {
        return lastId(mvc.perform(post("/questions/" + questionId + "/answers").session(session).with(csrf())
                .param("body", body)).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl());
    }

    /** @param action the comment form's address */
    private long comment(MockHttpSession session, String action, String body) throws Exception {
        return lastId(mvc.perform(post(action).session(session).with(csrf()).param("body", body))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl());
    }

    private void flag(MockHttpSession session, String post, String reason, String note) throws Exception {
        MockHttpServletRequestBuilder request = post("/" + post + "/flags").session(session).with(csrf())
                .param("reason", reason);
        mvc.perform(note == null ? request : request.param("note", note)).andExpect(status().isFound());
    }

    private long articleId(String slug) {
        return jdbc.sql("select id from article where slug = ?").param(slug).query(Long.class).single();
    }

    private static long lastId(String url) {
        Matcher m = LAST_ID.matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * A signed-in member with a full profile, made once per username. Stored directly, with a plain-text password
     * hash, so that the dozens of members these tests need do not cost a bcrypt hash each.
     */
    private MockHttpSession member(String username) throws Exception {
        MockHttpSession session = sessions.get(username);
        boolean stored = jdbc.sql("select count(*) from member where username = ?").param(username)
                .query(Long.class).single() > 0; // by a test before this one
        if (session == null && !stored) {
            jdbc.sql("insert into member (username, password_hash, display_name, job_title, industry, "
                            + "company_size, status, created_at) values (?, ?, ?, 'Chief Information Officer', "
                            + "'manufacturing', '10001+', 'active', ?)")
                    .params(username, "{noop}" + MemberSessions.PASSWORD, "Name of " + username,
                            Timestamp.from(Instant.now()))
                    .update();
            grant(username, "member");
        }
        if (session == null) {
            session = (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username)
                            .password(MemberSessions.PASSWORD))
                    .andExpect(redirectedUrl("/me")).andReturn().getRequest().getSession(false);
            sessions.put(username, session);
        }
        return session;
    }

    private MockHttpSession editor(String username) throws Exception {
        MockHttpSession session = member(username);
        if (jdbc.sql("select count(*) from member_authority a join member m on m.id = a.member_id "
                + "where m.username = ? and a.authority = 'editor'").param(username).query(Long.class).single() == 0) {
            grant(username, "editor");
        }
        return session;
    }

    private void grant(String username, String authority) {
        jdbc.sql("insert into member_authority (member_id, authority) select id, ? from member where username = ?")
                .params(authority, username).update();
    }
}
