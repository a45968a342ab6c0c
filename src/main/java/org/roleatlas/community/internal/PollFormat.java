package org.roleatlas.community.internal;

import java.util.Locale;

import org.roleatlas.community.Visibility;

/** How visibility is written in forms, the API and the {@code poll} table: {@code always}, {@code after-voting}. */
final class PollFormat {

    private PollFormat() {
    }

    static String key(Visibility visibility) {
        return visibility == Visibility.ALWAYS ? "always" : "after-voting";
    }

    /** Dashes, underscores and case do not matter ("after-voting", "AFTER_VOTING"); null when unknown. */
    static Visibility visibility(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "always" -> Visibility.ALWAYS;
            case "after-voting" -> Visibility.AFTER_VOTING;
            default -> null;
        };
    }

    static String column(Visibility visibility) {
        return visibility == Visibility.ALWAYS ? "always" : "after_voting";
    }
}
