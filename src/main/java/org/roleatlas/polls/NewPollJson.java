package org.roleatlas.polls;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The optional poll of {@code POST /api/questions}.
 *
 * @param closesAt ISO-8601, e.g. 2030-01-31T18:00:00Z; absent: the poll never closes
 */
public record NewPollJson(List<String> options, String closesAt,
                          @Schema(allowableValues = {"always", "after-voting"}, defaultValue = "always")
                          String resultsVisibility) {

    public PollDraft draft() {
        return new PollDraft(options, closesAt, resultsVisibility);
    }
}
