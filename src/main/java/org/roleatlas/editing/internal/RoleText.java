package org.roleatlas.editing.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.roleatlas.catalog.Role;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A role's whole content as a revision or a suggestion keeps it (JSON in the database). */
record RoleText(String slug, String title, String abbreviation, List<String> aliases, String family, String summary,
                Map<String, String> values, List<String> reportsTo, List<String> nextRoles, int level,
                List<String> sometimesReportsTo, List<String> dottedLineTo, Map<String, Map<String, String>> variants) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    RoleText {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(values));
        reportsTo = reportsTo == null ? List.of() : List.copyOf(reportsTo);
        nextRoles = nextRoles == null ? List.of() : List.copyOf(nextRoles);
        summary = summary == null ? "" : summary;
        sometimesReportsTo = sometimesReportsTo == null ? List.of() : List.copyOf(sometimesReportsTo);
        dottedLineTo = dottedLineTo == null ? List.of() : List.copyOf(dottedLineTo);
        Map<String, Map<String, String>> sorted = new TreeMap<>();
        if (variants != null) {
            variants.forEach((key, bands) -> {
                if (bands != null && !bands.isEmpty()) {
                    sorted.put(key, java.util.Collections.unmodifiableMap(new TreeMap<>(bands)));
                }
            });
        }
        variants = java.util.Collections.unmodifiableMap(sorted);
    }

    static RoleText of(Role role) {
        return new RoleText(role.slug(), role.title(), role.abbreviation(), role.aliases(), role.familyKey(),
                role.summary(), role.values(), role.reportsTo(), role.nextRoles(), role.level(),
                role.sometimesReportsTo(), role.dottedLineTo(), role.variants());
    }

    Role toRole() {
        return new Role(slug, title, abbreviation, aliases, family, summary, values, reportsTo, nextRoles, level,
                sometimesReportsTo, dottedLineTo, variants);
    }

    /** The same role with other cells: summary, values and their size variants. */
    RoleText withCells(String newSummary, Map<String, String> newValues, Map<String, Map<String, String>> newVariants) {
        return new RoleText(slug, title, abbreviation, aliases, family, newSummary, newValues, reportsTo, nextRoles,
                level, sometimesReportsTo, dottedLineTo, newVariants);
    }

    String variant(String dimensionKey, String band) {
        return variants.getOrDefault(dimensionKey, Map.of()).getOrDefault(band, "");
    }

    String value(String dimensionKey) {
        return values.getOrDefault(dimensionKey, "");
    }

    String json() {
        return JSON.writeValueAsString(this);
    }

    static RoleText parse(String json) {
        return JSON.readValue(json, RoleText.class);
    }
}
