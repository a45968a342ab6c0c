package org.roleatlas.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a catalogue change must keep, checked against the current catalogue before anything is
 * written. Every problem is reported with the file and line it came from, all at once.
 */
public final class CatalogRules {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_VALUE = 4000;
    static final int MAX_ABBREVIATION = 40;

    private CatalogRules() {
    }

    public static List<String> check(CatalogSnapshot current, CatalogDocument change) {
        List<String> problems = new ArrayList<>();
        Set<String> families = new HashSet<>();
        current.families().forEach(f -> families.add(f.key()));
        uniqueKeys(change.families(), Family::key, "family", problems).forEach(families::add);

        Map<String, Dimension> dimensions = new HashMap<>();
        current.dimensions().forEach(d -> dimensions.put(d.key(), d));
        uniqueKeys(change.frameworks(), Framework::key, "framework", problems);
        change.frameworks().forEach(f -> checkFramework(f, dimensions, problems));
        checkLabelsUnique(dimensions, problems);

        Set<String> roles = new HashSet<>();
        current.roles().forEach(r -> roles.add(r.slug()));
        uniqueKeys(change.roles(), Role::slug, "role slug", problems).forEach(roles::add);
        change.roles().forEach(r -> checkRole(r, families, dimensions.keySet(), roles, problems));
        return problems;
    }

    private static <T> Set<String> uniqueKeys(List<Located<T>> items, java.util.function.Function<T, String> key,
                                              String what, List<String> problems) {
        Map<String, Located<T>> seen = new HashMap<>();
        for (Located<T> item : items) {
            Located<T> first = seen.putIfAbsent(key.apply(item.item()), item);
            if (first != null) {
                problems.add(item.where() + ": duplicate " + what + " '" + key.apply(item.item())
                        + "' (first defined at " + first.where() + ")");
            }
        }
        return seen.keySet();
    }

    private static void checkFramework(Located<Framework> located, Map<String, Dimension> dimensions,
                                       List<String> problems) {
        Set<String> inFramework = new HashSet<>();
        List<Dimension> list = located.item().dimensions();
        for (int i = 0; i < list.size(); i++) {
            Dimension d = list.get(i);
            String where = located.where("dimensions." + i);
            if (!inFramework.add(d.key())) {
                problems.add(where + ": dimension '" + d.key() + "' appears twice in framework '" + located.item().key() + "'");
            }
            if (d.label() == null && !dimensions.containsKey(d.key())) {
                problems.add(where + ": new dimension '" + d.key() + "' needs a 'label'");
            } else if (d.label() != null) {
                dimensions.put(d.key(), d);
            }
        }
    }

    private static void checkLabelsUnique(Map<String, Dimension> dimensions, List<String> problems) {
        Map<String, String> byLabel = new HashMap<>();
        dimensions.values().stream().sorted(java.util.Comparator.comparing(Dimension::key)).forEach(d -> {
            String other = byLabel.putIfAbsent(RoleNames.normalize(d.label()), d.key());
            if (other != null) {
                problems.add("dimensions '" + other + "' and '" + d.key() + "' would share the label '" + d.label()
                        + "'; labels must be unique so tables can be imported by label");
            }
        });
    }

    private static void checkRole(Located<Role> located, Set<String> families, Set<String> dimensions,
                                  Set<String> roles, List<String> problems) {
        Role role = located.item();
        String name = "role '" + role.slug() + "'";
        if (!families.contains(role.familyKey())) {
            problems.add(located.where("family") + ": " + name + " has unknown family '" + role.familyKey()
                    + "' (known: " + String.join(", ", families.stream().sorted().toList()) + ")");
        }
        tooLong(located, "title", role.title(), MAX_TITLE, problems);
        tooLong(located, "summary", role.summary(), MAX_SUMMARY, problems);
        if (role.abbreviation() != null) {
            tooLong(located, "abbreviation", role.abbreviation(), MAX_ABBREVIATION, problems);
        }
        role.values().forEach((key, text) -> {
            if (!dimensions.contains(key)) {
                problems.add(located.where("values." + key) + ": " + name + " has a value for unknown dimension '" + key
                        + "' (known: " + String.join(", ", dimensions.stream().sorted().toList()) + ")");
            }
            tooLong(located, "values." + key, text, MAX_VALUE, problems);
        });
        role.variants().forEach((key, bands) -> {
            if (!dimensions.contains(key)) {
                problems.add(located.where("variants." + key) + ": " + name + " has variants for unknown dimension '" + key
                        + "'");
            }
            bands.forEach((band, text) -> tooLong(located, "variants." + key + "." + band, text, MAX_VALUE, problems));
        });
        checkLinks(located, "reportsTo", role.reportsTo(), roles, problems);
        checkLinks(located, "sometimesReportsTo", role.sometimesReportsTo(), roles, problems);
        checkLinks(located, "dottedLineTo", role.dottedLineTo(), roles, problems);
        checkLinks(located, "nextRoles", role.nextRoles(), roles, problems);
        checkNoLinkTwice(located, problems);
    }

    private static void checkLinks(Located<Role> located, String field, List<String> links, Set<String> roles,
                                   List<String> problems) {
        for (int i = 0; i < links.size(); i++) {
            String target = links.get(i);
            if (target.equals(located.item().slug())) {
                problems.add(located.where(field + "." + i) + ": role '" + target + "' links to itself in '" + field + "'");
            } else if (!roles.contains(target)) {
                problems.add(located.where(field + "." + i) + ": '" + field + "' of role '" + located.item().slug()
                        + "' names unknown role '" + target + "'");
            }
        }
    }

    /** One manager is usual, occasional or dotted-line, not two of these at once. */
    private static void checkNoLinkTwice(Located<Role> located, List<String> problems) {
        Role role = located.item();
        Map<String, String> kinds = new HashMap<>();
        for (var entry : Map.of("reportsTo", role.reportsTo(), "sometimesReportsTo", role.sometimesReportsTo(),
                "dottedLineTo", role.dottedLineTo()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            for (String target : entry.getValue()) {
                String other = kinds.putIfAbsent(target, entry.getKey());
                if (other != null && !other.equals(entry.getKey())) {
                    problems.add(located.where(entry.getKey()) + ": role '" + role.slug() + "' lists '" + target
                            + "' in both '" + other + "' and '" + entry.getKey() + "'; choose one");
                }
            }
        }
    }

    private static void tooLong(Located<Role> located, String field, String text, int max, List<String> problems) {
        if (text.length() > max) {
            problems.add(located.where(field) + ": '" + field + "' is " + text.length() + " characters; the limit is " + max);
        }
    }
}
