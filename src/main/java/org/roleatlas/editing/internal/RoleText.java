package org.roleatlas.editing.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.roleatlas.catalog.Role;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A role's whole content as a revision or a suggestion keeps it (JSON in the database). */
record RoleText(String slug, String title, String abbreviation, List<String> aliases, String family, String summary,
                Map<String, String> values, List<String> reportsTo, List<String> nextRoles) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    RoleText {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(values));
        reportsTo = reportsTo == null ? List.of() : List.copyOf(reportsTo);
        nextRoles = nextRoles == null ? List.of() : List.copyOf(nextRoles);
        summary = summary == null ? "" : summary;
    }

    static RoleText of(Role role) {
        return new RoleText(role.slug(), role.title(), role.abbreviation(), role.aliases(), role.familyKey(),
                role.summary(), role.values(), role.reportsTo(), role.nextRoles());
    }

    Role toRole() {
        return new Role(slug, title, abbreviation, aliases, family, summary, values, reportsTo, nextRoles);
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
