package org.roleatlas.polls;

import java.util.List;

/**
 * A poll as a member submits it with a question, unchecked: option labels in order, an optional closing time
 * (ISO-8601; without an offset it is read as UTC) and the results visibility ({@code always} or
 * {@code after-voting}; absent means always). {@link PollRules} turns it into a {@link NewPoll} or field errors.
 */
public record PollDraft(List<String> options, String closesAt, String resultsVisibility) {

    public PollDraft {
        options = options == null ? List.of() : options.stream().map(o -> o == null ? "" : o).toList();
    }
}
