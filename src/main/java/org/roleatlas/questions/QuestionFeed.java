package org.roleatlas.questions;

import java.time.Instant;
import java.util.List;

import org.roleatlas.views.ViewCounts;

/**
 * The community's questions for other modules' pages (the home page): a few of the newest and of the most viewed,
 * as every feed lists them (what the public sees). Records only, so a caller never depends on how questions are
 * stored or signed. Read fresh on every call: a caller on a busy page keeps them for a while.
 */
public interface QuestionFeed {

    /** The newest questions, newest first. */
    List<Question> newest(int count);

    /** The most viewed questions, most first. */
    List<Question> mostViewed(int count);

    /**
     * The newest questions as a syndication feed lists them, newest first.
     *
     * @param role a role's slug to list only the questions tagged with it, or null for all
     */
    List<Entry> latest(String role, int count);

    /** The ids of the questions every reader may see, newest first, at most {@code max} of them. */
    List<Long> listedIds(int max);

    /**
     * A question as an Atom feed carries it.
     *
     * @param author the display name of its author, "Anonymous" for an anonymous question
     * @param summary the start of its text as plain text
     * @param updated when it was last edited, or else asked
     */
    record Entry(long id, String title, String author, String summary, Instant published, Instant updated) {

        public String url() {
            return "/questions/" + id;
        }
    }

    /**
     * A question as a feed shows it.
     *
     * @param roles the names of its role tags
     * @param signedBy the author's signature line; for an anonymous question it carries no name
     */
    record Question(long id, String title, List<String> roles, long views, int votes, int comments, int answers,
                    String signedBy) {

        public Question {
            roles = List.copyOf(roles);
        }

        public String url() {
            return "/questions/" + id;
        }

        /** "11.7k views · 4 upvotes · 5 comments · 3 answers". */
        public String counters() {
            return ViewCounts.views(views) + " · " + plural(votes, "upvote") + " · " + plural(comments, "comment")
                    + " · " + plural(answers, "answer");
        }

        private static String plural(int n, String word) {
            return n + " " + word + (n == 1 ? "" : "s");
        }
    }
}
