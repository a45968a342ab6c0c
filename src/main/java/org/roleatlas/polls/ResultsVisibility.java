package org.roleatlas.polls;

import java.util.Locale;

/**
 * When a poll's results may be seen by a member. Written {@code always} and {@code after-voting} in forms and the
 * API, {@code always} and {@code after_voting} in the {@code poll} table.
 */
public enum ResultsVisibility {
    /** Results are shown before voting. */
    ALWAYS,
    /** Results are hidden until the viewer has voted or the poll has closed. */
    AFTER_VOTING;

    /** As forms and the API write it: {@code always} or {@code after-voting}. */
    public String key() {
        return this == ALWAYS ? "always" : "after-voting";
    }

    /** As the {@code poll.results_visibility} column holds it. */
    public String column() {
        return this == ALWAYS ? "always" : "after_voting";
    }

    /** Dashes, underscores and case do not matter ("after-voting", "AFTER_VOTING"); null when unknown. */
    public static ResultsVisibility parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "always" -> ALWAYS;
            case "after-voting" -> AFTER_VOTING;
            default -> null;
        };
    }
}
