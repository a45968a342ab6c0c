package org.roleatlas.accounts.internal.names;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.SpoofChecker;

/**
 * Whether a display name imitates another member's name: two names are confusable when their Unicode TR39
 * skeletons are equal (ICU's {@link SpoofChecker}), ignoring case and with spaces, dots, hyphens and
 * underscores left out. So a Cyrillic "а" or a Greek "ο" in place of the Latin letter, "rn" for "m", "ADA" for
 * "ada" or "Ada Lovelace" for the username "ada.lovelace" all read as the same name.
 */
public final class ConfusableNames {

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    private ConfusableNames() {
    }

    /**
     * The forms two names share when a reader could take one for the other: the skeleton of the lower-cased name,
     * and the skeleton of the lower-cased skeleton. Both, because some letters look alike only as capitals
     * (Cyrillic "Т" and Latin "T") and some only in lower case (Latin alpha "ɑ" and "a", while "I" reads as "l").
     */
    public static Set<String> skeletons(String name) {
        String normal = name.strip(); // no NFKC: it would turn a lunate sigma "ϲ" into "σ", which reads "o"
        return new HashSet<>(List.of(bare(SPOOF.getSkeleton(normal.toLowerCase(Locale.ROOT))),
                bare(SPOOF.getSkeleton(SPOOF.getSkeleton(normal).toLowerCase(Locale.ROOT)))));
    }

    /** Without spaces, dots, hyphens, underscores and invisible characters (their look-alikes are mapped to them). */
    private static String bare(String skeleton) {
        StringBuilder kept = new StringBuilder(skeleton.length());
        skeleton.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && c != '.' && c != '-' && c != '_' && c != '\u00B7' && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** @param others other members' usernames and display names (nulls are skipped) */
    public static boolean imitates(String candidate, Collection<String> others) {
        Set<String> mine = skeletons(candidate);
        if (mine.contains("")) {
            return false;
        }
        for (String other : others) {
            if (other != null && skeletons(other).stream().anyMatch(mine::contains)) {
                return true;
            }
        }
        return false;
    }
}
