package org.roleatlas.polls;

import java.time.Instant;
import java.util.Optional;

import org.roleatlas.posts.Viewer;

/**
 * The poll of a question, for the questions module: created with the question (checked by {@link PollRules} with the
 * question's other fields), shown on its page and summarised in its API. A poll is read only with a question its
 * viewer may see.
 */
public interface QuestionPolls {

    /** Stores a checked poll in the caller's transaction (the question's). */
    void insert(long questionId, NewPoll poll, Instant now);

    /** The question's poll as the viewer may see its results, if it has one. */
    Optional<PollView> ofQuestion(long questionId, Viewer viewer);

    /** What the question's API says of its poll, if it has one. */
    Optional<PollSummaryJson> summaryOfQuestion(long questionId, Viewer viewer);
}
