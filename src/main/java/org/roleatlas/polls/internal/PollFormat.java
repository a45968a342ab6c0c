package org.roleatlas.polls.internal;

import java.util.Locale;

import org.roleatlas.polls.ResultsVisibility;

/** How visibility is written in forms, the API and the {@code poll} table: {@code always}, {@code after-voting}. */
final class PollFormat {

    private PollFormat() {
    }

    static String key(ResultsVisibility visibility) {
        return visibility == ResultsVisibility.ALWAYS ? "always" : "after-voting";
    }

    /** Dashes, underscores and case do not matter ("after-voting", "AFTER_VOTING"); null when unknown. */
    static ResultsVisibility visibility(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "always" -> ResultsVisibility.ALWAYS;
            case "after-voting" -> ResultsVisibility.AFTER_VOTING;
            default -> null;
        };
    }

    static String column(ResultsVisibility visibility) {
        return visibility == ResultsVisibility.ALWAYS ? "always" : "after_voting";
    }
}
