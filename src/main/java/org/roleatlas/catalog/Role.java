package org.roleatlas.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A role profile: identity, one-line summary, one text value per dimension key, and links to other roles.
 *
 * @param values    dimension key to cell text, in no particular order (frameworks give the order)
 * @param reportsTo slugs of the roles this one usually reports to, most common first
 * @param nextRoles slugs of typical next career steps
 */
public record Role(String slug, String title, String abbreviation, List<String> aliases, String familyKey,
                   String summary, Map<String, String> values, List<String> reportsTo, List<String> nextRoles) {

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

    public Role withValues(Map<String, String> newValues) {
        return new Role(slug, title, abbreviation, aliases, familyKey, summary, newValues, reportsTo, nextRoles);
    }
}
