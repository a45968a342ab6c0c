package org.roleatlas.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable view of the whole catalogue at one version. Built once per catalogue change and shared by
 * all requests, so reading a role or building a comparison never touches the database.
 */
public final class CatalogSnapshot {

    private final long version;
    private final List<Family> families;
    private final Map<String, Family> familiesByKey;
    private final List<Framework> frameworks;
    private final Map<String, Framework> frameworksByKey;
    private final Map<String, Dimension> dimensionsByKey;
    private final Map<String, Dimension> dimensionsByLabel;
    private final List<Role> roles;
    private final Map<String, Role> rolesBySlug;
    private final Map<String, Role> rolesByName;
    private final Map<String, java.util.Set<String>> namesBySlug;
    private final Map<String, List<Role>> reportedBy;

    public CatalogSnapshot(long version, List<Family> families, List<Framework> frameworks,
                           List<Dimension> dimensions, List<Role> roles) {
        this.version = version;
        this.families = List.copyOf(families);
        this.familiesByKey = index(families, Family::key);
        this.frameworks = List.copyOf(frameworks);
        this.frameworksByKey = index(frameworks, Framework::key);
        this.dimensionsByKey = index(dimensions, Dimension::key);
        Map<String, Dimension> byLabel = new LinkedHashMap<>();
        dimensions.forEach(d -> byLabel.putIfAbsent(RoleNames.normalize(d.label()), d));
        dimensions.forEach(d -> d.aliases().forEach(alias -> byLabel.putIfAbsent(RoleNames.normalize(alias), d)));
        this.dimensionsByLabel = Map.copyOf(byLabel);
        Map<String, Integer> familyOrder = new HashMap<>();
        for (int i = 0; i < families.size(); i++) {
            familyOrder.put(families.get(i).key(), i);
        }
        this.roles = roles.stream()
                .sorted(Comparator.comparing((Role r) -> familyOrder.getOrDefault(r.familyKey(), Integer.MAX_VALUE))
                        .thenComparing(Role::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
        this.rolesBySlug = index(this.roles, Role::slug);
        Map<String, java.util.Set<String>> names = new HashMap<>();
        this.roles.forEach(r -> names.put(r.slug(), RoleNames.of(r)));
        this.namesBySlug = Map.copyOf(names);
        this.rolesByName = namesIndex(this.roles, namesBySlug);
        this.reportedBy = inverseReportingLines(this.roles);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Slugs win over titles, titles over abbreviations and aliases; the first role claiming a name keeps it. */
    private static Map<String, Role> namesIndex(List<Role> roles, Map<String, java.util.Set<String>> names) {
        Map<String, Role> byName = new HashMap<>();
        roles.forEach(r -> byName.put(RoleNames.normalize(r.slug()), r));
        roles.forEach(r -> names.get(r.slug()).forEach(name -> byName.putIfAbsent(name, r)));
        return Map.copyOf(byName);
    }

    private static Map<String, List<Role>> inverseReportingLines(List<Role> roles) {
        Map<String, List<Role>> inverse = new HashMap<>();
        roles.forEach(r -> r.reportsTo().forEach(boss -> inverse.computeIfAbsent(boss, k -> new ArrayList<>()).add(r)));
        Map<String, List<Role>> frozen = new HashMap<>();
        inverse.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    public long version() {
        return version;
    }

    public List<Family> families() {
        return families;
    }

    public Optional<Family> family(String key) {
        return Optional.ofNullable(familiesByKey.get(key));
    }

    public String familyLabel(String key) {
        return family(key).map(Family::label).orElse(key);
    }

    public List<Framework> frameworks() {
        return frameworks;
    }

    public Optional<Framework> framework(String key) {
        return Optional.ofNullable(frameworksByKey.get(key));
    }

    public Framework defaultFramework() {
        return framework(Framework.DEFAULT_KEY).orElseGet(() -> frameworks.get(0));
    }

    public List<Dimension> dimensions() {
        return List.copyOf(dimensionsByKey.values());
    }

    public Optional<Dimension> dimension(String key) {
        return Optional.ofNullable(dimensionsByKey.get(key));
    }

    /**
     * Matches a row label such as "Innovation vs Efficiency" to a dimension by its label or one of its aliases,
     * ignoring case, hyphens and punctuation; or by its key.
     */
    public Optional<Dimension> dimensionByLabel(String label) {
        Dimension byLabel = dimensionsByLabel.get(RoleNames.normalize(label));
        return byLabel != null ? Optional.of(byLabel) : dimension(label.strip());
    }

    /**
     * The dimensions whose label or alias is a few typing mistakes away from {@code label} ("Stratigic Planning"),
     * closest first; for "did you mean".
     */
    public List<Dimension> dimensionSuggestions(String label, int limit) {
        String wanted = RoleNames.normalize(label);
        if (wanted.isEmpty()) {
            return List.of();
        }
        int tolerance = Math.max(2, wanted.length() / 4);
        Map<String, Integer> best = new HashMap<>();
        dimensionsByLabel.forEach((name, d) -> best.merge(d.key(), RoleNames.distance(wanted, name), Math::min));
        return best.entrySet().stream().filter(e -> e.getValue() <= tolerance)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> dimensionsByKey.get(e.getKey())).toList();
    }

    /** All roles, by family then title. */
    public List<Role> roles() {
        return roles;
    }

    public List<Role> roles(String familyKey) {
        return roles.stream().filter(r -> r.familyKey().equals(familyKey)).toList();
    }

    public Optional<Role> role(String slug) {
        return Optional.ofNullable(rolesBySlug.get(slug));
    }

    /** Finds a role by slug, title, abbreviation, alias or "Title (ABBR)", loosely. */
    public Optional<Role> resolve(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Role exact = rolesBySlug.get(name);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(rolesByName.get(RoleNames.normalize(name)));
    }

    /** The roles that usually report to this one. */
    public List<Role> reportedBy(String slug) {
        return reportedBy.getOrDefault(slug, List.of());
    }

    /** Roles whose names start with or contain the query, best first; for type-ahead. */
    public List<Role> matching(String query, int limit) {
        return RoleMatcher.matching(roles, this::names, query, limit);
    }

    private java.util.Set<String> names(Role role) {
        java.util.Set<String> names = namesBySlug.get(role.slug());
        return names != null ? names : RoleNames.of(role);
    }

    /** The closest roles to a name that did not resolve, of the same kind where the words tell; for "did you mean". */
    public List<Role> suggestions(String name, int limit) {
        return RoleMatcher.suggestions(roles, this::names, r -> familyLabel(r.familyKey()), name, limit);
    }
}
