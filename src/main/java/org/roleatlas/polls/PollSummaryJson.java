package org.roleatlas.polls;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What {@code GET /api/questions/{id}} says of the question's poll; the results are at {@code url}. */
public record PollSummaryJson(long id, List<String> options,
                              @Schema(allowableValues = {"always", "after-voting"}) String resultsVisibility,
                              Instant closesAt, boolean closed, String url) {
}
