package org.roleatlas.catalog;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** How people refer to a role: slug, title, abbreviation, aliases, "Title (ABBR)"; compared loosely. */
public final class RoleNames {

    private RoleNames() {
    }

    /** Lower case, accents and punctuation dropped, words separated by one space: "VP  of Eng." -> "vp of eng". */
    public static String normalize(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Every normalized name a role answers to, most specific first. */
    public static Set<String> of(Role role) {
        Set<String> names = new LinkedHashSet<>();
        names.add(normalize(role.slug()));
        names.add(normalize(role.title()));
        names.add(normalize(role.displayName()));
        if (role.abbreviation() != null) {
            names.add(normalize(role.abbreviation()));
        }
        role.aliases().forEach(alias -> names.add(normalize(alias)));
        names.remove("");
        return names;
    }

    /** Turns a title into a URL slug: "Head of AI (Europe)" -> "head-of-ai-europe". */
    public static String slugOf(String title) {
        return normalize(title).replace(' ', '-');
    }

    /** A slug is lower-case letters and digits in words joined by single '-', at most 80 characters. */
    public static boolean isValidSlug(String slug) {
        return slug.length() <= 80 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** Levenshtein distance, for "did you mean" suggestions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
