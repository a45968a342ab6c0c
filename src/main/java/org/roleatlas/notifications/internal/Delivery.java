package org.roleatlas.notifications.internal;

import java.util.Locale;
import java.util.Optional;

/** How a member wants one kind of notification delivered. Every notification shows in the inbox. */
public enum Delivery {
    APP("In the inbox only"),
    EMAIL("Also by email, at once"),
    DIGEST("Also in a daily email digest");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    static Optional<Delivery> find(String key) {
        for (Delivery delivery : values()) {
            if (delivery.key().equals(key)) {
                return Optional.of(delivery);
            }
        }
        return Optional.empty();
    }
}
