package org.roleatlas.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A role profile: identity, one-line summary, one text value per dimension key, and links to other roles.
 *
 * @param values             dimension key to cell text, in no particular order (frameworks give the order)
 * @param reportsTo          slugs of the roles this one usually reports to (line management), most common first
 * @param nextRoles          slugs of typical next career steps
 * @param level              seniority on the {@link RoleLevel} ladder, 1 to 8; 0 when not set
 * @param sometimesReportsTo slugs of occasional line managers (at some company sizes or in some organisations)
 * @param dottedLineTo       slugs of roles giving dotted-line or technical leadership, without line management
 * @param variants           dimension key to {@link SizeBand} key to the text that holds at that company size
 */
public record Role(String slug, String title, String abbreviation, List<String> aliases, String familyKey,
                   String summary, Map<String, String> values, List<String> reportsTo, List<String> nextRoles,
                   int level, List<String> sometimesReportsTo, List<String> dottedLineTo,
                   Map<String, Map<String, String>> variants) {

    public Role {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(familyKey, "familyKey");
        summary = summary == null ? "" : summary;
        abbreviation = abbreviation == null || abbreviation.isBlank() ? null : abbreviation.strip();
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        values = Map.copyOf(values == null ? Map.of() : values);
        reportsTo = List.copyOf(reportsTo == null ? List.of() : reportsTo);
        nextRoles = List.copyOf(nextRoles == null ? List.of() : nextRoles);
        sometimesReportsTo = List.copyOf(sometimesReportsTo == null ? List.of() : sometimesReportsTo);
        dottedLineTo = List.copyOf(dottedLineTo == null ? List.of() : dottedLineTo);
        Map<String, Map<String, String>> copied = new TreeMap<>();
        if (variants != null) {
            variants.forEach((key, bands) -> {
                if (bands != null && !bands.isEmpty()) {
                    copied.put(key, Collections.unmodifiableMap(new TreeMap<>(bands)));
                }
            });
        }
        variants = Collections.unmodifiableMap(copied);
    }

    /** A role without a level, extra links or variants (the shape of catalogue files before those existed). */
    public Role(String slug, String title, String abbreviation, List<String> aliases, String familyKey,
                String summary, Map<String, String> values, List<String> reportsTo, List<String> nextRoles) {
        this(slug, title, abbreviation, aliases, familyKey, summary, values, reportsTo, nextRoles,
                RoleLevel.NOT_SET, List.of(), List.of(), Map.of());
    }

    /** The name used as a column header: "Chief Technology Officer (CTO)", or the title alone. */
    public String displayName() {
        return abbreviation == null ? title : title + " (" + abbreviation + ")";
    }

    /** The short name for tight spaces: the abbreviation when there is one. */
    public String shortName() {
        return abbreviation == null ? title : abbreviation;
    }

    public String value(String dimensionKey) {
        return values.getOrDefault(dimensionKey, "");
    }

    /** The text for a company of this size: its variant when the role has one, else the plain value. */
    public String value(String dimensionKey, SizeBand size) {
        if (size != null) {
            String variant = variants.getOrDefault(dimensionKey, Map.of()).get(size.key());
            if (variant != null) {
                return variant;
            }
        }
        return value(dimensionKey);
    }

    public boolean hasVariant(String dimensionKey, SizeBand size) {
        return size != null && variants.getOrDefault(dimensionKey, Map.of()).containsKey(size.key());
    }

    /** Every role this one reports to in any way: usual, occasional and dotted-line, in that order, without repeats. */
    public List<String> allManagers() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(reportsTo);
        all.addAll(sometimesReportsTo);
        all.addAll(dottedLineTo);
        return List.copyOf(all);
    }

    public Role withValues(Map<String, String> newValues) {
        return new Role(slug, title, abbreviation, aliases, familyKey, summary, newValues, reportsTo, nextRoles,
                level, sometimesReportsTo, dottedLineTo, variants);
    }

    public Role withLinks(List<String> newReportsTo, List<String> newNextRoles) {
        return new Role(slug, title, abbreviation, aliases, familyKey, summary, values, newReportsTo, newNextRoles,
                level, sometimesReportsTo, dottedLineTo, variants);
    }
}
