package org.roleatlas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.search.Search;
import org.roleatlas.search.SearchQuery;
import org.roleatlas.search.SearchResults;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Members and posts for search tests, written through the public API as a client would, and waiting for the index. */
final class SearchFixture {

    private static final Pattern CREATED_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final MockMvc mvc;
    private final Search search;

    SearchFixture(MockMvc mvc, Search search) {
        this.mvc = mvc;
        this.search = search;
    }

    /** A signed-in member: the web session and a personal access token. */
    record Author(MockHttpSession session, String token) {
    }

    /** Signs a member up with a full profile, signs in and creates a personal access token. */
    Author member(String username, String displayName) throws Exception {
        MemberSessions members = new MemberSessions(mvc);
        MockHttpSession session = members.signUpWithProfile(username, displayName);
        return new Author(session, members.createToken(session, "search tests"));
    }

    /** Deletes the member's own question through its page's form. */
    void delete(Author author, long question) throws Exception {
        mvc.perform(post("/questions/" + question + "/delete").session(author.session()).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    long ask(Author author, String title, String body, boolean anonymous, String... roles) throws Exception {
        String json = "{\"title\": " + quote(title) + ", \"body\": " + quote(body) + ", \"roles\": ["
                + String.join(",", List.of(roles).stream().map(SearchFixture::quote).toList()) + "], \"anonymous\": "
                + anonymous + "}";
        return created(mvc.perform(post("/api/questions").header("Authorization", "Bearer " + author.token())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString());
    }

    long answer(Author author, long question, String body, boolean anonymous) throws Exception {
        String json = "{\"body\": " + quote(body) + ", \"anonymous\": " + anonymous + "}";
        return created(mvc.perform(post("/api/questions/" + question + "/answers")
                        .header("Authorization", "Bearer " + author.token()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    long comment(Author author, long question, String body) throws Exception {
        String json = "{\"body\": " + quote(body) + "}";
        return created(mvc.perform(post("/api/questions/" + question + "/comments")
                        .header("Authorization", "Bearer " + author.token()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static long created(String body) {
        Matcher m = CREATED_ID.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    SearchResults search(String text) {
        return search.search(new SearchQuery(text, null, null, 1));
    }

    /**
     * Searches until the results satisfy the condition, for at most {@code millis}: the index follows the database
     * asynchronously, and the promise is that it has caught up within a second.
     *
     * @return the first results that satisfy it
     */
    SearchResults within(long millis, SearchQuery query, Predicate<SearchResults> condition) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        SearchResults results = search.search(query);
        while (!condition.test(results) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            results = search.search(query);
        }
        assertThat(condition).as("within %d ms, results for %s: %s", millis, query, results.hits()).accepts(results);
        return results;
    }

    static boolean has(SearchResults results, String type, long id) {
        return results.hits().stream().anyMatch(h -> h.type().equals(type) && h.key().equals(Long.toString(id)));
    }

}
