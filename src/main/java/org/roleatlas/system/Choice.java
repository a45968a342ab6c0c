package org.roleatlas.system;

import java.util.Locale;
import java.util.Optional;

/**
 * One of a fixed list of choices (implemented by enums): a stable key for forms, the API, the command line and the
 * database, and a label for people to read.
 */
public interface Choice {

    /** The constant's name in lower case with dashes for underscores: {@code OFF_TOPIC} is {@code off-topic}. */
    default String key() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String label();

    /** The choice of {@code type} whose key is exactly {@code key}; empty for null or any other text. */
    static <E extends Enum<E> & Choice> Optional<E> byKey(Class<E> type, String key) {
        for (E choice : type.getEnumConstants()) {
            if (choice.key().equals(key)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
