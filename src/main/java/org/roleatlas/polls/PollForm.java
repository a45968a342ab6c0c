package org.roleatlas.polls;

import java.util.ArrayList;
import java.util.List;

/**
 * The poll part of the ask form: ten option inputs (blank ones left at the end mean fewer options), an optional
 * closing time from a date-time input (read as UTC) and the results visibility. No filled option means no poll.
 */
public record PollForm(List<String> pollOptions, String pollClosesAt, String pollResults) {

    public static final int INPUTS = PollRules.MAX_OPTIONS;
    public static final PollForm EMPTY = new PollForm(List.of(), "", "always");

    public PollForm {
        pollOptions = pollOptions == null ? List.of() : List.copyOf(pollOptions);
    }

    /** The option input at a position, or "". */
    public String option(int index) {
        return index < pollOptions.size() && pollOptions.get(index) != null ? pollOptions.get(index) : "";
    }

    public String closesAt() {
        return pollClosesAt == null ? "" : pollClosesAt;
    }

    public boolean afterVoting() {
        return "after-voting".equals(pollResults);
    }

    /** Whether the member started a poll, so the form opens its poll section again. */
    public boolean started() {
        return pollOptions.stream().anyMatch(o -> o != null && !o.isBlank());
    }

    /** @return null when no option was filled in */
    public PollDraft draft() {
        if (!started()) {
            return null;
        }
        List<String> options = new ArrayList<>(pollOptions);
        while (options.get(options.size() - 1) == null || options.get(options.size() - 1).isBlank()) {
            options.remove(options.size() - 1); // a blank between two filled options stays, and is refused
        }
        return new PollDraft(options, pollClosesAt, pollResults);
    }
}
