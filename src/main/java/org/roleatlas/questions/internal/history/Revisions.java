package org.roleatlas.questions.internal.history;

import java.time.Instant;
import java.util.List;

import org.roleatlas.accounts.Signature;
import org.roleatlas.system.WordDiff;

/**
 * A post's revisions, newest first, for the history page. Public only because the precompiled templates live in
 * another package.
 *
 * @param title    the question's title (for an answer: the title of its question)
 * @param postUrl  where the post is read
 */
public record Revisions(String kind, String title, String postUrl, List<Revision> revisions) {

    /**
     * One saved version and how it differs from the one before it (the first version: all of it, unchanged).
     *
     * @param author who saved this version: the post's signature (an anonymous post's stays anonymous)
     */
    public record Revision(int number, Signature author, Instant savedAt, List<WordDiff.Run> title,
                           List<WordDiff.Run> body, boolean first) {

        public String savedAtText() {
            return savedAt.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }
    }
}
