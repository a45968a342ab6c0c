package org.roleatlas.catalog;

/**
 * The seniority ladder roles sit on, 1 (entry) to 8 (chief). Levels compare roles across families: a next career step
 * never goes down the ladder, and comparisons show the level as a row. 0 means "not set" (imported roles may lack it).
 */
public final class RoleLevel {

    public static final int NOT_SET = 0;
    public static final int MAX = 8;

    private static final String[] LABELS = {
        "Not set",
        "Entry",
        "Practitioner",
        "Senior practitioner",
        "Lead or first-line manager",
        "Principal or senior manager",
        "Director",
        "Vice president",
        "Chief or executive",
    };

    private RoleLevel() {
    }

    public static boolean isValid(int level) {
        return level >= NOT_SET && level <= MAX;
    }

    /** "5 · Principal or senior manager", or "Not set". */
    public static String label(int level) {
        if (!isValid(level)) {
            throw new IllegalArgumentException("level " + level + " is outside 0.." + MAX);
        }
        return level == NOT_SET ? LABELS[0] : level + " · " + LABELS[level];
    }

    /** The name alone, without the number: "Director". */
    public static String name(int level) {
        return isValid(level) ? LABELS[level] : LABELS[0];
    }
}
