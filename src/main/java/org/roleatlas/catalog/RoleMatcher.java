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
        return suggestions(roles, names, Role::familyKey, name, limit);
    }

    /**
     * "Did you mean": roles containing what was typed; else roles of the same kind, by {@link Kinship}; else roles
     * whose names are a few typing mistakes away.
     *
     * @param familyLabel a role's family as readers see it ("Data &amp; machine learning"), whose words mark a kind
     */
    static List<Role> suggestions(List<Role> roles, Function<Role, Set<String>> names, Function<Role, String> familyLabel,
                                  String name, int limit) {
        String q = RoleNames.normalize(name == null ? "" : name);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Role> containing = matching(roles, names, q, limit);
        if (!containing.isEmpty()) {
            return containing;
        }
        Map<Role, Integer> distances = roles.stream().collect(Collectors.toMap(r -> r,
                r -> names.apply(r).stream().mapToInt(n -> closeness(q, n)).min().orElse(Integer.MAX_VALUE)));
        // a name or two typing mistakes away is what was meant ("Directr of Enginering"); further away, the kind decides
        List<Role> misspelt = within(roles, distances, Math.max(2, q.length() / 8), limit);
        if (!misspelt.isEmpty()) {
            return misspelt;
        }
        List<Role> akin = new Kinship(roles, names, familyLabel).closest(q, limit);
        if (!akin.isEmpty()) {
            return akin;
        }
        return within(roles, distances, Math.max(2, q.length() / 3), limit);
    }

    private static List<Role> within(List<Role> roles, Map<Role, Integer> distances, int tolerance, int limit) {
        return roles.stream()
                .filter(r -> distances.get(r) <= tolerance)
                .sorted(Comparator.comparingInt((Role r) -> distances.get(r)).thenComparing(Role::title))
                .limit(limit)
                .toList();
    }

    /**
     * How alike a typed name and a role are in kind: the words they share (a word shared by few roles counts for more),
     * whether the typed words name the role's family ("data" for Data &amp; machine learning, "engineer" for Software
     * engineering), a little for words of the role's summary, less the distance between the seniority the words
     * suggest ("head", "senior", none) and the role's level. "Backend Engineer" is thus nearer Software and Frontend
     * Engineer than Cloud Engineer, and "Data Analyst" nearer the data roles than the SOC Analyst.
     */
    static final class Kinship {

        /** A family word counts more than any one shared name word: the kind of role matters most. */
        static final double FAMILY = 2.5;
        static final double SUMMARY = 0.3;
        static final double PER_LEVEL = 1.0;
        static final Set<String> STOP = Set.of("of", "the", "and", "a", "an", "for", "in", "to", "at", "on", "de");
        /** The level a word of a title suggests, from the seniority ladder (RoleLevel). */
        static final Map<String, Integer> SENIORITY = Map.ofEntries(Map.entry("intern", 1), Map.entry("junior", 1),
                Map.entry("graduate", 1), Map.entry("trainee", 1), Map.entry("associate", 1), Map.entry("senior", 3),
                Map.entry("lead", 4), Map.entry("staff", 4), Map.entry("manager", 4), Map.entry("principal", 5),
                Map.entry("head", 6), Map.entry("director", 6), Map.entry("distinguished", 6), Map.entry("vp", 7),
                Map.entry("vice", 7), Map.entry("president", 7), Map.entry("svp", 7), Map.entry("chief", 8),
                Map.entry("officer", 8));

        private final List<Role> roles;
        private final Map<Role, Set<String>> nameWords = new java.util.HashMap<>();
        private final Map<Role, Set<String>> familyWords = new java.util.HashMap<>();
        private final Map<Role, Set<String>> summaryWords = new java.util.HashMap<>();

        Kinship(List<Role> roles, Function<Role, Set<String>> names, Function<Role, String> familyLabel) {
            this.roles = roles;
            for (Role role : roles) {
                Set<String> words = new java.util.HashSet<>();
                names.apply(role).forEach(n -> words.addAll(words(n)));
                nameWords.put(role, words);
                familyWords.put(role, words(RoleNames.normalize(familyLabel.apply(role))));
                summaryWords.put(role, words(RoleNames.normalize(role.summary())));
            }
        }

        static Set<String> words(String normalized) {
            Set<String> words = new java.util.LinkedHashSet<>();
            for (String w : normalized.split(" ")) {
                if (!w.isEmpty() && !STOP.contains(w)) {
                    words.add(w);
                }
            }
            return words;
        }

        /** The same word, another form of it (engineer, engineering; analyst, analytics), or one typing mistake off. */
        static boolean alike(String typed, String word) {
            if (typed.equals(word)) {
                return true;
            }
            if (typed.length() < 5 || word.length() < 5) {
                return false;
            }
            return typed.regionMatches(0, word, 0, 5) || RoleNames.distance(typed, word) <= 1;
        }

        static boolean anyAlike(String typed, Set<String> words) {
            return words.stream().anyMatch(w -> alike(typed, w));
        }

        List<Role> closest(String query, int limit) {
            Set<String> typed = words(query);
            Map<Role, Double> scores = new java.util.HashMap<>();
            int expected = typed.stream().mapToInt(Kinship::seniority).max().orElse(0);
            for (Role role : roles) {
                double score = 0;
                boolean shares = false;
                for (String w : typed) {
                    if (anyAlike(w, nameWords.get(role))) {
                        score += rarity(w);
                        shares = true;
                    }
                    if (anyAlike(w, familyWords.get(role))) {
                        score += FAMILY;
                        shares = true;
                    }
                    if (anyAlike(w, summaryWords.get(role))) {
                        score += SUMMARY;
                    }
                }
                if (shares) {
                    scores.put(role, score - PER_LEVEL * levelGap(role.level(), expected));
                }
            }
            return scores.keySet().stream()
                    .sorted(Comparator.comparingDouble((Role r) -> -scores.get(r)).thenComparing(Role::title))
                    .limit(limit)
                    .toList();
        }

        /** The level a typed word suggests, allowing a typing mistake ("directr", "oficer"). */
        static int seniority(String typed) {
            return SENIORITY.entrySet().stream().filter(e -> alike(typed, e.getKey())).mapToInt(Map.Entry::getValue)
                    .max().orElse(0);
        }

        /** A word few roles' names share says more than "engineer", which many do. */
        private double rarity(String typed) {
            long having = roles.stream().filter(r -> anyAlike(typed, nameWords.get(r))).count();
            return Math.log(1.0 + (double) roles.size() / (1 + having));
        }

        /** Levels between a role and the seniority the words suggest; without such words, a practitioner (level 2). */
        static int levelGap(int level, int expected) {
            if (level == 0) {
                return 0;
            }
            return Math.abs(level - (expected == 0 ? 2 : expected));
        }
    }
}
