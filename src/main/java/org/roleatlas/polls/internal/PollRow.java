package org.roleatlas.polls.internal;

import java.time.Instant;
import java.util.List;

import org.roleatlas.polls.ResultsVisibility;

/**
 * A stored poll with its option labels in order; {@code closesAt} is null for a poll that never closes;
 * {@code createdAt} is when it opened.
 */
record PollRow(long id, long questionId, ResultsVisibility visibility, Instant closesAt, int ballotCount,
               Instant createdAt, List<String> options) {

    PollRow {
        options = List.copyOf(options);
    }

    boolean closedAt(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }
}
