package org.roleatlas.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Role tags on content (questions, articles): 1 to 5 catalogue roles, as typed into form fields or sent as JSON.
 * A role is named as the comparison builder takes it: title, abbreviation, alias or slug, in any case.
 */
public final class RoleTags {

    public static final int MAX = 5;
    private static final int SUGGESTIONS = 3;

    /** The slugs the given names stand for, in order, once each; {@code unknown} the names no role answers to. */
    public record Resolved(List<String> slugs, List<String> unknown) {
    }

    private RoleTags() {
    }

    /**
     * Role names as typed: each entry may hold several, separated by commas or semicolons ("CTO, VP of
     * Engineering"); a name that is no role but whose words all are ("cto cio") stands for those roles.
     */
    public static Resolved resolve(List<String> given, CatalogSnapshot catalog) {
        Set<String> slugs = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String entry : given == null ? List.<String>of() : given) {
            List<String> pieces = Arrays.stream(entry.split("[,;\\n]")).map(String::strip).toList();
            for (int from = 0; from < pieces.size(); ) {
                int to = longestName(pieces, from, catalog);
                if (to > from) { // an alias may hold a comma: "Senior Manager, Software Engineering"
                    slugs.add(catalog.resolve(String.join(", ", pieces.subList(from, to))).orElseThrow().slug());
                    from = to;
                    continue;
                }
                String name = pieces.get(from++);
                List<Optional<Role>> words = Arrays.stream(name.split("\\s+")).map(catalog::resolve).toList();
                if (words.size() > 1 && words.stream().allMatch(Optional::isPresent)) {
                    words.forEach(word -> slugs.add(word.get().slug()));
                } else if (!name.isEmpty()) {
                    unknown.add(name);
                }
            }
        }
        return new Resolved(new ArrayList<>(slugs), unknown);
    }

    /** The end of the longest run of pieces from {@code from} that names a role, or {@code from} if none does. */
    private static int longestName(List<String> pieces, int from, CatalogSnapshot catalog) {
        for (int to = pieces.size(); to > from; to--) {
            String name = String.join(", ", pieces.subList(from, to));
            if (!name.isBlank() && catalog.resolve(name).isPresent()) {
                return to;
            }
        }
        return from;
    }

    /** What is wrong with the resolved tags, as a form shows it ("Roles: ..."), or empty when they are fine. */
    public static Optional<String> problem(Resolved tags, CatalogSnapshot catalog) {
        if (!tags.unknown().isEmpty()) {
            return Optional.of("Roles: " + unknown(tags.unknown().get(0), catalog));
        }
        return problem(tags.slugs(), catalog);
    }

    /** What is wrong with the tags, as a form shows it ("Roles: ..."), or empty when they are fine. */
    public static Optional<String> problem(List<String> slugs, CatalogSnapshot catalog) {
        if (slugs.isEmpty() || slugs.size() > MAX) {
            return Optional.of("Roles: tag 1 to " + MAX + " catalogue roles");
        }
        return slugs.stream().filter(s -> catalog.role(s).isEmpty()).findFirst()
                .map(s -> "Roles: " + unknown(s, catalog));
    }

    /** "no role 'Chief Wizard' in the catalogue; did you mean ...?", naming the closest roles when there are any. */
    public static String unknown(String name, CatalogSnapshot catalog) {
        List<Role> closest = catalog.suggestions(name, SUGGESTIONS);
        String message = "no role '" + name.strip() + "' in the catalogue";
        if (closest.isEmpty()) {
            return message + "; type a title, an abbreviation such as VPE, or a slug";
        }
        return message + "; did you mean " + closest.stream().map(Role::displayName)
                .collect(Collectors.joining(", ")) + "?";
    }
}
