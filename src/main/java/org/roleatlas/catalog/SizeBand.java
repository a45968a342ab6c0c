package org.roleatlas.catalog;

import java.util.Arrays;
import java.util.Optional;

import org.roleatlas.system.Choice;

/**
 * Company-size bands for role variants, as employees. Coarser than the bands members pick for themselves (five,
 * not eight) because a role changes shape at a handful of thresholds; the boundaries (50, 200, 1,000, 10,000) are
 * boundaries of the member bands too, so a member's own band always falls in exactly one of these.
 * Keys are stable: they appear in URLs ({@code ?size=1-50}), files and the API.
 */
public enum SizeBand implements Choice {
    STARTUP("1-50", "1–50 employees"),
    SCALE_UP("51-200", "51–200 employees"),
    MID_SIZE("201-1000", "201–1,000 employees"),
    LARGE("1001-10000", "1,001–10,000 employees"),
    ENTERPRISE("10001+", "10,001+ employees");

    private final String key;
    private final String label;

    SizeBand(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<SizeBand> fromKey(String key) {
        return Choice.byKey(SizeBand.class, key == null ? null : key.strip());
    }

    /**
     * The band a {@code ?size=} parameter asks for: null when it is absent or blank ("any size"). A "+" that reached
     * the server as a space (an unencoded {@code ?size=10001+}) still counts.
     *
     * @throws org.roleatlas.system.errors.InvalidFieldsException naming {@code size} for anything else
     */
    public static SizeBand parameter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.strip();
        return fromKey(key).or(() -> fromKey(key + "+")).orElseThrow(() -> new org.roleatlas.system.errors.InvalidFieldsException(
                "size", "The company size must be one of " + keys() + " (employees); got '" + key + "'."));
    }

    /** The band holding a company of this many employees. */
    public static SizeBand ofEmployees(long employees) {
        if (employees <= 50) {
            return STARTUP;
        }
        if (employees <= 200) {
            return SCALE_UP;
        }
        if (employees <= 1000) {
            return MID_SIZE;
        }
        return employees <= 10000 ? LARGE : ENTERPRISE;
    }

    static String keys() {
        return String.join(", ", Arrays.stream(values()).map(SizeBand::key).toList());
    }
}
