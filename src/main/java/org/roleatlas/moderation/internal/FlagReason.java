package org.roleatlas.moderation.internal;

import java.util.Optional;

import org.roleatlas.system.Choice;

/** Why a member flags a post: a fixed list, so the queue can count flags by reason. The key is stored and submitted. */
public enum FlagReason implements Choice {
    SPAM("Spam"), ABUSIVE("Abusive"), OFF_TOPIC("Off-topic"), OTHER("Other");

    private final String label;

    FlagReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<FlagReason> parse(String key) {
        return Choice.byKey(FlagReason.class, key);
    }
}
