package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

import tools.jackson.databind.JsonNode;

/**
 * Puts one XSS vector into every text field a member can fill, through the pages and the API: the writer's display
 * name and job title, a token name, a question's title and body, its poll's first option, an answer, comments on
 * the question and on the answer, an article's title, summary and body and a comment on it, and the notes of flags on
 * the question, the answer and the comment. Each post also carries a marker word of its own, for search. Fields
 * with a length limit get the vector cut to the limit.
 */
final class VectorPosts {

    static final int MAX_TITLE = 200;
    static final int MAX_NAME = 80;
    static final int MAX_JOB_TITLE = 120;
    static final int MAX_TOKEN_NAME = 100;
    static final int MAX_LABEL = 200;
    static final int MAX_COMMENT = 2000;
    static final int MAX_SUMMARY = 500;
    static final int MAX_NOTE = 500;

    private final Site site;
    private final Site.Member writer;
    private final Site.Member flagger;
    private final String markers;

    /**
     * @param writer an editor, so that it can also write articles; @param flagger another member
     * @param markers the beginning of every marker word, one of the test's own (a word search finds by its beginning)
     */
    VectorPosts(Site site, Site.Member writer, Site.Member flagger, String markers) {
        this.site = site;
        this.writer = writer;
        this.flagger = flagger;
        this.markers = markers;
    }

    /** What one vector became: the ids of the posts that carry it, and the text each field was given. */
    record Posted(int index, String vector, String marker, String displayName, String jobTitle, String tokenName,
                  String title, String pollLabel, long question, long answer, long questionComment,
                  long answerComment, long poll, String articleTitle, String articleSummary, String articleSlug,
                  Long articleId, Long articleComment, String note) {

        boolean hasArticle() {
            return articleSlug != null;
        }
    }

    /** The vector as a field with a length limit takes it. */
    static String fit(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max).strip();
    }

    /** The text as an HTML page shows it once parsed: whitespace runs as one space, trimmed. */
    static String shown(String text) {
        return Jsoup.parseBodyFragment("<p>" + Entities.escape(text) + "</p>").text();
    }

    String marker(int index) {
        return markers + (index < 0 ? "h" + -index : Integer.toString(index)) + "z";
    }

    Posted post(int index, String vector) {
        String marker = marker(index);
        // with the marker: display names may not look like another member's, and suites on one server share vectors
        String displayName = fit(vector, MAX_NAME - marker.length() - 1) + " " + marker;
        String jobTitle = fit(vector, MAX_JOB_TITLE);
        writer.profile(displayName, jobTitle);
        String tokenName = fit(vector, MAX_TOKEN_NAME);
        writer.createToken(tokenName);

        String title = fit(vector, MAX_TITLE - marker.length() - 1) + " " + marker;
        String body = marker + "\n\n" + vector;
        String pollLabel = fit(vector, MAX_LABEL);
        long question = writer.ask(title, body, Map.of("poll", Map.of("options",
                List.of(pollLabel, "Another option " + index), "resultsVisibility", "always")));
        long answer = writer.answer(question, body);
        long questionComment = writer.comment("questions", question, fit(body, MAX_COMMENT));
        long answerComment = writer.comment("answers", answer, fit(body, MAX_COMMENT));
        JsonNode stored = Site.json(site.get("/api/questions/" + question));
        long poll = stored.get("poll").get("id").asLong();

        String articleTitle = fit(vector, MAX_TITLE - marker.length() - 1) + " " + marker;
        String articleSummary = fit(vector, MAX_SUMMARY - marker.length() - 1) + " " + marker;
        HttpResponse<String> article = writer.api("POST", "/api/articles", Map.of("title", articleTitle,
                "summary", articleSummary, "body", body, "roles", List.of("cto"), "publish", true));
        String slug = null;
        Long articleId = null;
        Long articleComment = null;
        if (vector.contains("```compare")) {
            // A live comparison naming no catalogue role is refused with its line, before anything is stored.
            assertThat(article.statusCode()).as("article with a broken compare block: %s", article.body()).isEqualTo(400);
            assertThat(article.body()).contains("body");
        } else {
            assertThat(article.statusCode()).as("article for vector %d: %s", index, article.body()).isEqualTo(201);
            slug = article.headers().firstValue("Location").orElseThrow().replace("/api/articles/", "");
            String commentsUrl = Site.json(site.get("/api/articles/" + slug)).get("commentsUrl").asString();
            articleId = Long.parseLong(commentsUrl.substring(commentsUrl.lastIndexOf('/') + 1));
            articleComment = Site.created(writer.api("POST", commentsUrl, Map.of("body", fit(body, MAX_COMMENT))),
                    "comment on article " + slug);
        }

        String note = fit(vector, MAX_NOTE);
        for (String flagged : List.of("questions/" + question, "answers/" + answer, "comments/" + questionComment)) {
            HttpResponse<String> flag = flagger.api("POST", "/api/" + flagged + "/flags",
                    Map.of("reason", "other", "note", note));
            assertThat(flag.statusCode()).as("flag on %s: %s", flagged, flag.body()).isEqualTo(201);
        }
        return new Posted(index, vector, marker, displayName, jobTitle, tokenName, title, pollLabel, question, answer,
                questionComment, answerComment, poll, articleTitle, articleSummary, slug, articleId, articleComment,
                note);
    }

    /** Takes the flags of {@link #post} off the moderation queue again (a moderator's token), so it stays short. */
    void dismissFlags(Posted posted, String moderatorToken) {
        for (String flagged : List.of("questions/" + posted.question(), "answers/" + posted.answer(),
                "comments/" + posted.questionComment())) {
            HttpResponse<String> dismissed = site.api("POST", "/api/moderation/" + flagged + "/dismiss",
                    moderatorToken, Map.of("reason", "checked"));
            assertThat(dismissed.statusCode()).as("dismiss %s: %s", flagged, dismissed.body()).isEqualTo(200);
        }
    }
}
