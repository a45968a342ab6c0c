package org.roleatlas.notifications.internal;

import java.util.Locale;
import java.util.Optional;

/** What a notification is about; each kind has a delivery setting of its own. */
public enum Kind {
    ANSWER("Answers to my questions"),
    COMMENT("Comments on my questions and answers"),
    MENTION("Mentions of my @username"),
    FOLLOWING("New answers on questions I follow, new questions in roles I follow"),
    MODERATION("My posts held for review, hidden or approved by moderators"),
    FLAG("What moderators did about posts I flagged"),
    SUGGESTION("What editors did with my suggested edits of roles");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The stored kind and the one in URLs and the API. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    static Optional<Kind> find(String key) {
        for (Kind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
