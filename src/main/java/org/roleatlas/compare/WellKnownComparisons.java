package org.roleatlas.compare;

import java.util.List;

import org.roleatlas.catalog.CatalogSnapshot;

/** The well-known comparisons: the home page offers them, the sitemap lists them. */
public final class WellKnownComparisons {

    /** Questions people keep asking, as comparisons; every slug must exist (a test checks). */
    public static final List<List<String>> SLUGS = List.of(
            List.of("cto", "vp-of-engineering"),
            List.of("cto", "cio"),
            List.of("cto", "director-of-engineering", "mlops-engineer"),
            List.of("director-of-engineering", "vp-of-engineering", "head-of-engineering"),
            List.of("staff-engineer", "engineering-manager"),
            List.of("tech-lead", "technical-lead-manager", "engineering-manager"),
            List.of("mlops-engineer", "ml-engineer", "data-scientist"),
            List.of("site-reliability-engineer", "platform-engineer", "devops-engineer"),
            List.of("ciso", "cio", "cto"),
            List.of("product-manager", "technical-program-manager", "product-owner"));

    private WellKnownComparisons() {
    }

    /** The comparisons' paths ({@code /compare/cto-vs-cio}), each with the roles the catalogue still has, if enough. */
    public static List<String> urls(CatalogSnapshot snapshot) {
        return SLUGS.stream()
                .filter(slugs -> slugs.stream().filter(s -> snapshot.role(s).isPresent()).count() >= Comparisons.MIN_ROLES)
                .map(slugs -> ComparisonPath.of(slugs.stream().filter(s -> snapshot.role(s).isPresent())
                        .toList()))
                .toList();
    }
}
