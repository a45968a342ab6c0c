package org.roleatlas.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ranks roles against what someone typed, for type-ahead and "did you mean". */
final class RoleMatcher {

    private RoleMatcher() {
    }

    /** @param names a role's normalised names; the snapshot computes them once per catalogue version */
    static List<Role> matching(List<Role> roles, Function<Role, Set<String>> names, String query, int limit) {
        String q = RoleNames.normalize(query == null ? "" : query);
        if (q.isEmpty()) {
            return roles.stream().limit(limit).toList();
        }
        Map<Role, Integer> ranks = roles.stream()
                .collect(Collectors.toMap(r -> r, r -> rank(names.apply(r), q)));
        return roles.stream()
                .filter(r -> ranks.get(r) < Integer.MAX_VALUE)
                .sorted(Comparator.comparingInt((Role r) -> ranks.get(r)).thenComparing(Role::title))
                .limit(limit)
                .toList();
    }

    /** 0 = exact name, 1 = a name starts with it, 2 = a word starts with it, 3 = contains; MAX = no match. */
    private static int rank(Set<String> names, String q) {
        int best = Integer.MAX_VALUE;
        for (String name : names) {
            if (name.equals(q)) {
                return 0;
            } else if (name.startsWith(q)) {
                best = Math.min(best, 1);
            } else if (name.contains(" " + q)) {
                best = Math.min(best, 2);
            } else if (name.contains(q)) {
                best = Math.min(best, 3);
            }
        }
        return best;
    }

    /**
     * Edit distance to the whole name or to its beginning, so that "directr" is close to "director of
     * engineering": people misspell the first word they type, not the ones they have not typed yet.
     */
    private static int closeness(String query, String name) {
        int best = RoleNames.distance(query, name);
        for (int length = query.length() - 1; length <= query.length() + 1; length++) {
            if (length > 0 && length < name.length()) {
                best = Math.min(best, RoleNames.distance(query, name.substring(0, length)));
            }
        }
        return best;
    }

    static List<Role> suggestions(List<Role> roles, Function<Role, Set<String>> names, String name, int limit) {
        String q = RoleNames.normalize(name == null ? "" : name);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Role> containing = matching(roles, names, q, limit);
        if (!containing.isEmpty()) {
            return containing;
        }
        int tolerance = Math.max(2, q.length() / 3);
        Map<Role, Integer> distances = roles.stream().collect(Collectors.toMap(r -> r,
                r -> names.apply(r).stream().mapToInt(n -> closeness(q, n)).min().orElse(Integer.MAX_VALUE)));
        return roles.stream()
                .filter(r -> distances.get(r) <= tolerance)
                .sorted(Comparator.comparingInt((Role r) -> distances.get(r)).thenComparing(Role::title))
                .limit(limit)
                .toList();
    }
}
