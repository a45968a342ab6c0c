package org.roleatlas.editing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Role;
import org.springframework.util.MultiValueMap;

/**
 * The role form as typed (or as it reads now): links are role names, one per input, resolved when saved. Public
 * only because the precompiled templates live in another package.
 *
 * @param aliases  one alias a line
 * @param values   dimension key to text
 * @param version  the role's version when the form was opened ({@link org.roleatlas.catalog.RoleVersions})
 */
public record RoleForm(String title, String abbreviation, String aliases, String family, String summary,
                       Map<String, String> values, List<String> reportsTo, List<String> nextRoles, String reason,
                       String version) {

    /** Inputs shown for links beyond those filled in. */
    static final int SPARE_LINKS = 2;

    public RoleForm {
        values = values == null ? Map.of() : values;
        reportsTo = reportsTo == null ? List.of() : reportsTo;
        nextRoles = nextRoles == null ? List.of() : nextRoles;
    }

    static RoleForm of(RoleText role, CatalogSnapshot snapshot, String reason, String version) {
        return new RoleForm(role.title(), role.abbreviation() == null ? "" : role.abbreviation(),
                String.join("\n", role.aliases()), role.family(), role.summary(), new LinkedHashMap<>(role.values()),
                titles(role.reportsTo(), snapshot), titles(role.nextRoles(), snapshot), reason, version);
    }

    static RoleForm from(MultiValueMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, given) -> {
            if (name.startsWith("values.") && !given.isEmpty()) {
                values.put(name.substring("values.".length()), given.get(0));
            }
        });
        return new RoleForm(first(params, "title"), first(params, "abbreviation"), first(params, "aliases"),
                first(params, "family"), first(params, "summary"), values, filled(params.get("reportsTo")),
                filled(params.get("nextRoles")), first(params, "reason"), first(params, "version"));
    }

    public String value(Dimension dimension) {
        return values.getOrDefault(dimension.key(), "");
    }

    /** The link inputs to show: those filled in, then a few empty ones. */
    public List<String> linkInputs(List<String> links) {
        List<String> inputs = new ArrayList<>(links);
        for (int i = 0; i < SPARE_LINKS || inputs.size() < 3; i++) {
            inputs.add("");
        }
        return inputs;
    }

    List<String> aliasList() {
        return aliases == null ? List.of() : Arrays.stream(aliases.split("\\R")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
    }

    private static List<String> titles(List<String> slugs, CatalogSnapshot snapshot) {
        return slugs.stream().map(s -> snapshot.role(s).map(Role::title).orElse(s)).toList();
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> filled(List<String> given) {
        return given == null ? List.of() : given.stream().filter(s -> s != null && !s.isBlank()).toList();
    }
}
