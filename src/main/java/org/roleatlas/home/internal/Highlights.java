package org.roleatlas.home.internal;

import java.util.List;

import org.roleatlas.questions.QuestionFeed.Question;

/**
 * The home page's questions. Public only because the precompiled templates live in another package.
 *
 * @param newest the newest questions, newest first
 * @param mostViewed the most viewed, most first
 */
public record Highlights(List<Question> newest, List<Question> mostViewed) {

    public Highlights {
        newest = List.copyOf(newest);
        mostViewed = List.copyOf(mostViewed);
    }
}
