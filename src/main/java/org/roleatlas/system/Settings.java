package org.roleatlas.system;

import java.time.Duration;

/**
 * Checks for {@code @ConfigurationProperties} records: each failure names the property, its value and what is
 * allowed, and stops the start.
 */
public final class Settings {

    private Settings() {
    }

    /** @throws IllegalArgumentException naming {@code property} unless {@code ok} */
    public static void require(boolean ok, String property, String rule, Object value) {
        if (!ok) {
            throw new IllegalArgumentException(property + " " + rule + ", got '" + value + "'");
        }
    }

    /** @throws IllegalArgumentException naming {@code property} unless {@code min <= value <= max} */
    public static void between(String property, long value, long min, long max) {
        require(value >= min && value <= max, property, "must be from " + min + " to " + max, value);
    }

    /** @throws IllegalArgumentException naming {@code property} unless {@code min <= value <= max} */
    public static void between(String property, Duration value, Duration min, Duration max) {
        require(value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0, property,
                "must be from " + text(min) + " to " + text(max), value == null ? "" : text(value));
    }

    /** 1500 ms as "1500ms", 90 s as "90s", 2 h as "2h": the form the settings are written in. */
    static String text(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        return s % 86400 == 0 ? s / 86400 + "d" : s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
