package org.roleatlas.moderation.internal;

import java.util.Optional;

/** Why a member flags a post: a fixed list, so the queue can count flags by reason. */
public enum FlagReason {
    SPAM("spam", "Spam"), ABUSIVE("abusive", "Abusive"), OFF_TOPIC("off-topic", "Off-topic"), OTHER("other", "Other");

    private final String key;
    private final String label;

    FlagReason(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The stored and submitted value. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    static Optional<FlagReason> parse(String key) {
        for (FlagReason reason : values()) {
            if (reason.key.equals(key)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
