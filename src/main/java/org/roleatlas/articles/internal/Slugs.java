package org.roleatlas.articles.internal;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe words from a title or heading: lower-case ASCII letters and digits joined by hyphens. */
final class Slugs {

    private Slugs() {
    }

    /** "CTO vs CIO: who owns what?" becomes "cto-vs-cio-who-owns-what"; never empty ("untitled"). */
    static String of(String text, int maxLength) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }
}
