package org.roleatlas.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds where the catalogue contradicts itself, which the import rules (one change at a time) cannot see: links to
 * roles that do not exist, reporting lines that go round in a circle, links that say something else than the role's
 * own Reporting Relationship or Team Management text, career steps down the seniority ladder, one name on two roles,
 * and gaps. Pure: it reads a {@link CatalogSnapshot} and nothing else.
 */
public final class CatalogLint {

    static final String REPORTING = "reporting-relationship";
    static final String TEAM = "team-management";

    /** What is checked; the key is stable (used in output and tests). */
    public enum Rule {
        DANGLING_LINK("dangling-link", "a link names a role that does not exist, or the role itself"),
        REPORTING_CYCLE("reporting-cycle", "following managers leads back to where it started"),
        REPORTING_TEXT("reporting-text", "the managers linked and the Reporting Relationship text disagree"),
        TEAM_MANAGEMENT("team-management", "the Team Management text says there are no reports, yet roles report to it"),
        NEXT_ROLE_DOWN("next-role-down", "a next role is lower on the seniority ladder"),
        SHARED_NAME("shared-name", "two roles answer to the same title, abbreviation or alias"),
        MISSING_VALUE("missing-value", "a dimension of a framework has no text"),
        MISSING_LEVEL("missing-level", "the role has no level on the seniority ladder");

        private final String key;
        private final String description;

        Rule(String key, String description) {
            this.key = key;
            this.description = description;
        }

        public String key() {
            return key;
        }

        public String description() {
            return description;
        }
    }

    /**
     * One contradiction or gap.
     *
     * @param field where in the role's file it is: {@code "reportsTo.1"}, {@code "values.team-management"}, {@code "level"}
     */
    public record Finding(Rule rule, String role, String field, String message) {

        /** "reporting-text cto: ..." */
        @Override
        public String toString() {
            return rule.key() + " " + role + ": " + message;
        }
    }

    /** "No reports", "without formal reports", "no line management", "individual contributor". */
    private static final Pattern NO_REPORTS = Pattern.compile(
            "\\b(?:no|without)\\s+(?:any\\s+)?(?:(?:formal|direct|line)\\s+)*(?:reports|line management|people management)\\b"
                    + "|\\bindividual contributor\\b");
    /** Words that make "no reports" a tendency rather than a rule, so an occasional report does not contradict it. */
    private static final Pattern HEDGED = Pattern.compile("\\b(?:usually|typically|normally|mostly|most|often|generally|rarely)\\b");
    /** A clause about peers, colleagues or what happens before or after, not about whom the role answers to. */
    private static final Pattern NOT_REPORTING = Pattern.compile(
            "\\b(?:peers?|closely|alongside|with|before|until|after|instead of|like|than|replaces?)\\b");
    private static final Pattern CLAUSE = Pattern.compile("[;,.:()]");

    private final CatalogSnapshot snapshot;
    private final RoleMentions mentions;
    private final List<Finding> findings = new ArrayList<>();

    private CatalogLint(CatalogSnapshot snapshot) {
        this.snapshot = snapshot;
        this.mentions = RoleMentions.of(snapshot);
    }

    /** Every finding, by role (in catalogue order) and rule. */
    public static List<Finding> check(CatalogSnapshot snapshot) {
        CatalogLint lint = new CatalogLint(snapshot);
        lint.run();
        Map<String, Integer> order = new HashMap<>();
        snapshot.roles().forEach(r -> order.put(r.slug(), order.size()));
        return lint.findings.stream()
                .sorted(Comparator.comparingInt((Finding f) -> order.getOrDefault(f.role(), Integer.MAX_VALUE))
                        .thenComparing(Finding::role).thenComparing(f -> f.rule().ordinal()))
                .toList();
    }

    /**
     * A snapshot of a catalogue that has not been written anywhere, e.g. the shipped files: the dimensions are those
     * of its frameworks.
     */
    public static CatalogSnapshot snapshotOf(CatalogDocument document) {
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        document.frameworks().forEach(f -> f.item().dimensions().forEach(d -> dimensions.putIfAbsent(d.key(), d)));
        return new CatalogSnapshot(0, document.families().stream().map(Located::item).toList(),
                document.frameworks().stream().map(Located::item).toList(), List.copyOf(dimensions.values()),
                document.roles().stream().map(Located::item).toList());
    }

    private void run() {
        for (Role role : snapshot.roles()) {
            danglingLinks(role);
            reportingText(role);
            teamManagement(role);
            nextRolesDown(role);
            missingValues(role);
            missingLevel(role);
        }
        cycles();
        sharedNames();
    }

    private void add(Rule rule, Role role, String field, String message) {
        findings.add(new Finding(rule, role.slug(), field, message));
    }

    private String name(String slug) {
        return snapshot.role(slug).map(r -> r.displayName() + " (" + slug + ")").orElse(slug);
    }

    /** The link fields of a role, by the name they have in a catalogue file. */
    private static Map<String, List<String>> links(Role role) {
        Map<String, List<String>> links = new LinkedHashMap<>();
        links.put("reportsTo", role.reportsTo());
        links.put("sometimesReportsTo", sometimesReportsTo(role));
        links.put("dottedLineTo", dottedLineTo(role));
        links.put("nextRoles", role.nextRoles());
        return links;
    }

    static List<String> sometimesReportsTo(Role role) {
        return List.of();
    }

    static List<String> dottedLineTo(Role role) {
        return List.of();
    }

    static int level(Role role) {
        return 0;
    }

    private void danglingLinks(Role role) {
        links(role).forEach((field, slugs) -> {
            for (int i = 0; i < slugs.size(); i++) {
                String target = slugs.get(i);
                if (target.equals(role.slug())) {
                    add(Rule.DANGLING_LINK, role, field + "." + i, field + " names the role itself");
                } else if (snapshot.role(target).isEmpty()) {
                    add(Rule.DANGLING_LINK, role, field + "." + i, field + " names '" + target + "', which is not in the catalogue");
                }
            }
        });
    }

    private void reportingText(Role role) {
        String text = role.value(REPORTING);
        if (snapshot.dimension(REPORTING).isEmpty() || text.isBlank()) {
            return;
        }
        Set<String> named = mentions.slugsIn(text);
        Map<String, List<String>> links = links(role);
        links.remove("nextRoles");
        Set<String> linked = new LinkedHashSet<>();
        links.forEach((field, slugs) -> {
            for (int i = 0; i < slugs.size(); i++) {
                linked.add(slugs.get(i));
                if (!named.contains(slugs.get(i)) && snapshot.role(slugs.get(i)).isPresent()) {
                    add(Rule.REPORTING_TEXT, role, field + "." + i, field + " names " + name(slugs.get(i))
                            + ", but the Reporting Relationship text does not mention it");
                }
            }
        });
        Set<String> reported = new LinkedHashSet<>();
        for (String clause : CLAUSE.split(text)) {
            if (!NOT_REPORTING.matcher(clause.toLowerCase(Locale.ROOT)).find()) {
                reported.addAll(mentions.slugsIn(clause));
            }
        }
        reported.remove(role.slug());
        reported.removeAll(linked);
        reported.forEach(slug -> add(Rule.REPORTING_TEXT, role, "values." + REPORTING, "the Reporting Relationship text names "
                + name(slug) + ", which is in none of reportsTo, sometimesReportsTo and dottedLineTo"));
    }

    private void teamManagement(Role role) {
        String text = role.value(TEAM).toLowerCase(Locale.ROOT);
        if (!NO_REPORTS.matcher(text).find()) {
            return;
        }
        boolean hedged = HEDGED.matcher(text).find();
        for (Role other : snapshot.roles()) {
            String how = other.reportsTo().contains(role.slug()) ? "reportsTo"
                    : !hedged && sometimesReportsTo(other).contains(role.slug()) ? "sometimesReportsTo" : null;
            if (how != null) {
                add(Rule.TEAM_MANAGEMENT, role, "values." + TEAM, "the Team Management text says the role has no reports, but "
                        + name(other.slug()) + " lists it in " + how + " (a dotted line, dottedLineTo, would not be line management)");
            }
        }
    }

    private void nextRolesDown(Role role) {
        List<String> next = role.nextRoles();
        for (int i = 0; i < next.size(); i++) {
            Role target = snapshot.role(next.get(i)).orElse(null);
            if (target != null && level(role) > 0 && level(target) > 0 && level(target) < level(role)) {
                add(Rule.NEXT_ROLE_DOWN, role, "nextRoles." + i, "nextRoles names " + name(target.slug()) + " at level "
                        + level(target) + ", below this role's level " + level(role));
            }
        }
    }

    private void missingValues(Role role) {
        Set<String> reported = new LinkedHashSet<>();
        for (Framework framework : snapshot.frameworks()) {
            for (Dimension d : framework.dimensions()) {
                if (role.value(d.key()).isBlank() && reported.add(d.key())) {
                    add(Rule.MISSING_VALUE, role, "values", "no text for " + d.label() + " (" + d.key() + "), a dimension of the "
                            + framework.name() + " framework");
                }
            }
        }
    }

    private void missingLevel(Role role) {
        if (level(role) == 0) {
            add(Rule.MISSING_LEVEL, role, "level", "no level; give it one from 1 (entry) to 8 (chief)");
        }
    }

    /** Line management (usual and occasional managers) must not go round in a circle; each circle is reported once. */
    private void cycles() {
        Map<String, Integer> state = new HashMap<>(); // absent: not seen, 1: on the path, 2: done
        Set<String> seen = new LinkedHashSet<>();
        for (Role role : snapshot.roles()) {
            walk(role.slug(), new ArrayList<>(), state, seen);
        }
    }

    private void walk(String slug, List<String> path, Map<String, Integer> state, Set<String> seen) {
        Integer at = state.get(slug);
        if (at != null && at == 2) {
            return;
        }
        if (at != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(slug), path.size()));
            int start = cycle.indexOf(cycle.stream().min(String::compareTo).orElseThrow());
            List<String> rotated = new ArrayList<>(cycle.subList(start, cycle.size()));
            rotated.addAll(cycle.subList(0, start));
            rotated.add(rotated.get(0));
            if (seen.add(String.join(" ", rotated))) {
                Role first = snapshot.role(rotated.get(0)).orElseThrow();
                add(Rule.REPORTING_CYCLE, first, "reportsTo", "its line managers lead back to it: " + String.join(" → ", rotated));
            }
            return;
        }
        Role role = snapshot.role(slug).orElse(null);
        if (role == null) {
            return;
        }
        state.put(slug, 1);
        path.add(slug);
        Set<String> managers = new LinkedHashSet<>(role.reportsTo());
        managers.addAll(sometimesReportsTo(role));
        managers.remove(slug);
        managers.forEach(m -> walk(m, path, state, seen));
        path.remove(path.size() - 1);
        state.put(slug, 2);
    }

    /** A name (title, abbreviation, alias) that two roles answer to: reported on each role whose alias or abbreviation it is. */
    private void sharedNames() {
        Map<String, Map<String, String>> holders = new TreeMap<>(); // name -> slug -> field
        for (Role role : snapshot.roles()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(RoleNames.normalize(role.slug()), "slug");
            fields.put(RoleNames.normalize(role.title()), "title");
            if (role.abbreviation() != null) {
                fields.putIfAbsent(RoleNames.normalize(role.abbreviation()), "abbreviation");
            }
            for (int i = 0; i < role.aliases().size(); i++) {
                fields.putIfAbsent(RoleNames.normalize(role.aliases().get(i)), "aliases." + i);
            }
            fields.forEach((n, field) -> holders.computeIfAbsent(n, k -> new LinkedHashMap<>()).put(role.slug(), field));
        }
        holders.forEach((n, bySlug) -> {
            if (bySlug.size() < 2) {
                return;
            }
            bySlug.forEach((slug, field) -> {
                if (field.equals("slug") || field.equals("title")) {
                    return; // the role whose own name it is keeps it; the others are told
                }
                Role role = snapshot.role(slug).orElseThrow();
                List<String> others = bySlug.entrySet().stream().filter(e -> !e.getKey().equals(slug))
                        .map(e -> what(e.getValue()) + " of " + name(e.getKey())).toList();
                add(Rule.SHARED_NAME, role, field, "the " + what(field) + " '" + text(role, field) + "' is also the "
                        + String.join(" and the ", others));
            });
        });
    }

    private static String what(String field) {
        return field.startsWith("aliases.") ? "alias" : field;
    }

    private static String text(Role role, String field) {
        return field.equals("abbreviation") ? role.abbreviation()
                : role.aliases().get(Integer.parseInt(field.substring("aliases.".length())));
    }
}
