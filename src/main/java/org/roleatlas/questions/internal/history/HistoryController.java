package org.roleatlas.questions.internal.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.posts.Authors;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.errors.NotFoundException;
import org.roleatlas.system.WordDiff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The revision history behind "edited": every saved version of a question or an answer (the {@code post_edit} rows
 * keep each version an edit replaced), each with its author, time and a word-level diff from the version before.
 * Whoever may not see the post (see {@link Viewer}) gets a 404 here too.
 */
@Controller
record HistoryController(JdbcClient jdbc, Authors authors) {

    /** A version as saved: its text, who saved it and when. */
    private record Version(String title, String markdown, long editorId, Instant savedAt) {
    }

    /** The post as it is now. */
    private record Current(long id, long questionId, long authorId, boolean anonymous, String title, String markdown,
                           Instant createdAt, Instant editedAt) {
    }

    @GetMapping("/questions/{id}/history")
    ModelAndView question(@PathVariable long id, @SignedIn Optional<Member> viewer) {
        Viewer who = Viewer.of(viewer);
        Current post = jdbc.sql("select q.id, q.id, q.author_id, q.anonymous, q.title, q.body_markdown, q.created_at, "
                        + "q.edited_at from question q where q.id = ? and " + who.sees("q"))
                .param(id).query((rs, n) -> current(rs)).optional()
                .orElseThrow(() -> new NotFoundException("There is no question " + id + "."));
        return page("question", post, "/questions/" + id, true);
    }

    @GetMapping("/answers/{id}/history")
    ModelAndView answer(@PathVariable long id, @SignedIn Optional<Member> viewer) {
        Viewer who = Viewer.of(viewer);
        Current post = jdbc.sql("select a.id, a.question_id, a.author_id, a.anonymous, q.title, a.body_markdown, "
                        + "a.created_at, a.edited_at from answer a join question q on q.id = a.question_id "
                        + "where a.id = ? and " + who.sees("a") + " and " + who.sees("q"))
                .param(id).query((rs, n) -> current(rs)).optional()
                .orElseThrow(() -> new NotFoundException("There is no answer " + id + "."));
        return page("answer", post, "/questions/" + post.questionId() + "#answer-" + id, false);
    }

    private ModelAndView page(String kind, Current post, String url, boolean titled) {
        List<Version> versions = new ArrayList<>();
        List<Instant> savedAt = new ArrayList<>();
        List<Long> savedBy = new ArrayList<>();
        savedAt.add(post.createdAt());
        savedBy.add(post.authorId());
        jdbc.sql("select previous_title, previous_markdown, editor_id, edited_at from post_edit "
                        + "where kind = ? and post_id = ? order by edited_at, id")
                .params(kind, post.id())
                .query(rs -> {
                    versions.add(new Version(rs.getString(1), rs.getString(2), 0, null));
                    savedBy.add(rs.getLong(3));
                    savedAt.add(rs.getTimestamp(4).toInstant());
                });
        versions.add(new Version(post.title(), post.markdown(), 0, null));
        Authors.Signer signer = authors.signer(savedBy);
        List<Revisions.Revision> revisions = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Version now = versions.get(i);
            Version before = i == 0 ? now : versions.get(i - 1);
            String title = titled && now.title() != null ? now.title() : "";
            String previousTitle = titled && before.title() != null ? before.title() : "";
            revisions.add(new Revisions.Revision(i + 1, signer.sign(savedBy.get(i), post.anonymous()), savedAt.get(i),
                    WordDiff.between(previousTitle, title), WordDiff.between(before.markdown(), now.markdown()),
                    i == 0));
        }
        java.util.Collections.reverse(revisions);
        Revisions history = new Revisions(kind, post.title(), url, revisions);
        return new ModelAndView("questions/history", Map.of("history", history));
    }

    private static Current current(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp edited = rs.getTimestamp(8);
        return new Current(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), edited == null ? null : edited.toInstant());
    }
}
