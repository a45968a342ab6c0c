package org.roleatlas.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Role tags on content (questions, articles): 1 to 5 catalogue slugs, as typed into form fields or sent as JSON. */
public final class RoleTags {

    public static final int MAX = 5;

    private RoleTags() {
    }

    /** Slugs as given, split on commas and spaces too (one form field may hold several), in order, once each. */
    public static List<String> parse(List<String> given) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String entry : given == null ? List.<String>of() : given) {
            for (String slug : entry.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
                if (!slug.isEmpty()) {
                    slugs.add(slug);
                }
            }
        }
        return new ArrayList<>(slugs);
    }

    /** What is wrong with the tags, as a form shows it ("Roles: ..."), or empty when they are fine. */
    public static Optional<String> problem(List<String> slugs, CatalogSnapshot catalog) {
        if (slugs.isEmpty() || slugs.size() > MAX) {
            return Optional.of("Roles: tag 1 to " + MAX + " catalogue roles");
        }
        return slugs.stream().filter(s -> catalog.role(s).isEmpty()).findFirst()
                .map(s -> "Roles: no role '" + s + "' in the catalogue");
    }
}
