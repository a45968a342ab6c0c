package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running RoleAtlas reached over HTTP, the way a browser (session cookie, CSRF field in each form) and an API client
 * (personal access token) reach it. Only URLs and what the pages and the API answer are used, never the server's
 * classes, so the tests that use it hold whatever the code inside looks like.
 */
final class Site {

    /** Every member these tests make signs up with this password (the same as the browser tests', for signing in). */
    static final String PASSWORD = org.roleatlas.Browser.PASSWORD;
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(ra_[A-Za-z0-9_-]+)<");
    private static final Pattern TOKEN_ID = Pattern.compile("action=\"/me/tokens/(\\d+)/revoke\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** What Chromium sends when it loads a page. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    final String base;
    private final HttpClient anonymous;

    Site(String base) {
        this.base = base;
        this.anonymous = client(null);
    }

    static Site onPort(int port) {
        return new Site("http://127.0.0.1:" + port);
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    }

    /** A GET by a visitor who is not signed in. */
    HttpResponse<String> get(String path) {
        return send(anonymous, request(path).GET());
    }

    /** A page as a browser asks for it, by a visitor who is not signed in. */
    HttpResponse<String> page(String path) {
        return send(anonymous, request(path).header("Accept", BROWSER_ACCEPT).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(anonymous, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An API call with a token (or none when {@code token} is null): no cookies, as a program sends it. */
    HttpResponse<String> api(String method, String path, String token, Object json) {
        return api(method, path, token, json, Map.of());
    }

    /** An API call with extra headers, such as {@code If-Match}. */
    HttpResponse<String> api(String method, String path, String token, Object json, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Accept", "application/json");
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)));
        }
        return send(request);
    }

    /** Signs up through the form, signs in and reads the CSRF field the pages then carry. */
    Member signUp(String username, String displayName) {
        Member member = new Member(username);
        HttpResponse<String> signedUp = member.submit("/sign-up", member.freshCsrf("/sign-up"),
                "username", username, "password", PASSWORD, "displayName", displayName,
                "email", username + "@example.test");
        assertThat(signedUp.statusCode()).as("sign-up of %s: %s", username, signedUp.body()).isEqualTo(302);
        member.signIn();
        return member;
    }

    /** A member known by a token only, as an API client is (after a restart, say, when sessions are gone). */
    Member withToken(String username, String token) {
        Member member = new Member(username);
        member.token = token;
        return member;
    }

    /** A visitor who is not signed in but has a session and the CSRF field of the sign-in form, as a browser has. */
    Member visitor() {
        Member visitor = new Member("(visitor)");
        visitor.csrf = visitor.freshCsrf("/sign-in");
        return visitor;
    }

    /** Signs up, signs in and sets the profile posts are signed with; also creates a personal access token. */
    Member member(String username, String displayName) {
        Member member = signUp(username, displayName);
        member.profile(displayName, "Chief Information Officer");
        member.token = member.createToken("api");
        return member;
    }

    static String form(String... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The {@code id} of what a 201 created. */
    static long created(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(201);
        return json(response).get("id").asLong();
    }

    /** One member's browser: its own cookies (the session), and a token for the API. */
    final class Member {

        final String username;
        private final HttpClient browser = client(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
        private String csrf;
        String token;

        private Member(String username) {
            this.username = username;
        }

        void signIn() {
            HttpResponse<String> signedIn = submit("/sign-in", freshCsrf("/sign-in"), "username", username,
                    "password", PASSWORD);
            assertThat(signedIn.headers().firstValue("Location")).as("sign-in of %s", username)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/me"));
            csrf = freshCsrf("/me"); // a new session after sign-in: a new token
        }

        private String freshCsrf(String page) {
            HttpResponse<String> form = get(page);
            Matcher m = CSRF.matcher(form.body());
            assertThat(m.find()).as("a CSRF field on %s (%s)", page, form.statusCode()).isTrue();
            return m.group(1);
        }

        HttpResponse<String> get(String path) {
            return send(browser, request(path).header("Accept", BROWSER_ACCEPT).GET());
        }

        /** A form POST with the CSRF field, saying its charset (UTF-8) as a careful client does. */
        HttpResponse<String> post(String path, String... pairs) {
            return submit(path, csrf, pairs);
        }

        /**
         * A form POST exactly as Chromium and Firefox send one from a UTF-8 page: UTF-8, percent-encoded, and a
         * {@code Content-Type} without a charset.
         */
        HttpResponse<String> postAsBrowsersDo(String path, String... pairs) {
            String body = form(pairs) + "&" + form("_csrf", csrf);
            return send(browser, request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** The same form POST without the CSRF field, as a forged cross-site form would send it. */
        HttpResponse<String> postWithoutCsrf(String path, String... pairs) {
            return submit(path, null, pairs);
        }

        private HttpResponse<String> submit(String path, String csrfToken, String... pairs) {
            String body = form(pairs);
            if (csrfToken != null) {
                body = (body.isEmpty() ? "" : body + "&") + form("_csrf", csrfToken);
            }
            return send(browser, request(path).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** Any request with this member's cookies, e.g. a PUT a page could not send. */
        HttpResponse<String> sendWithCookies(HttpRequest.Builder request) {
            return send(browser, request);
        }

        void profile(String displayName, String jobTitle) {
            HttpResponse<String> saved = post("/me", "displayName", displayName, "jobTitle", jobTitle,
                    "industry", "manufacturing", "companySize", "10001+");
            assertThat(saved.statusCode()).as("profile of %s: %s", username, saved.body()).isEqualTo(302);
        }

        /** Creates a token on the profile page, where it is shown once. */
        String createToken(String name) {
            HttpResponse<String> created = post("/me/tokens", "name", name);
            assertThat(created.statusCode()).as("creating a token redirects").isEqualTo(302);
            HttpResponse<String> page = get("/me");
            Matcher m = NEW_TOKEN.matcher(page.body());
            assertThat(m.find()).as("a new token shown (%s)", page.statusCode()).isTrue();
            return m.group(1);
        }

        /** The id of one of this member's active tokens, found by the prefix the profile page shows of it. */
        long tokenId(String token) {
            for (org.jsoup.nodes.Element row : org.jsoup.Jsoup.parse(get("/me").body()).select("table.tokens tr")) {
                org.jsoup.nodes.Element prefix = row.selectFirst("code");
                org.jsoup.nodes.Element revoke = row.selectFirst("form[action$=/revoke]");
                if (prefix != null && revoke != null && token.startsWith(prefix.text().replace("…", ""))) {
                    Matcher m = TOKEN_ID.matcher(revoke.outerHtml());
                    assertThat(m.find()).isTrue();
                    return Long.parseLong(m.group(1));
                }
            }
            throw new AssertionError("no active token " + token.substring(0, 6) + "... on the profile page of " + username);
        }

        HttpResponse<String> api(String method, String path, Object json) {
            return Site.this.api(method, path, token, json);
        }

        HttpResponse<String> api(String method, String path, Object json, Map<String, String> headers) {
            return Site.this.api(method, path, token, json, headers);
        }

        long ask(String title, String body, Map<String, Object> extra) {
            Map<String, Object> question = new java.util.LinkedHashMap<>(Map.of("title", title, "body", body,
                    "roles", List.of("cto")));
            question.putAll(extra);
            return created(api("POST", "/api/questions", question), "question by " + username);
        }

        long answer(long question, String body) {
            return created(api("POST", "/api/questions/" + question + "/answers", Map.of("body", body)),
                    "answer by " + username);
        }

        long comment(String on, long id, String body) {
            return created(api("POST", "/api/" + on + "/" + id + "/comments", Map.of("body", body)),
                    "comment by " + username);
        }
    }
}
