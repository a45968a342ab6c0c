package org.roleatlas.editing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.SizeBand;
import org.springframework.util.MultiValueMap;

/**
 * The role form as typed (or as it reads now): links are role names, one per input, resolved when saved. Public
 * only because the precompiled templates live in another package.
 *
 * @param aliases  one alias a line
 * @param values   dimension key to text
 * @param variants "dimension-key.size-band" to the text for companies of that size
 * @param version  the role's version when the form was opened ({@link org.roleatlas.catalog.RoleVersions})
 */
public record RoleForm(String title, String abbreviation, String aliases, String family, String summary,
                       Map<String, String> values, List<String> reportsTo, List<String> nextRoles, String reason,
                       String version, String level, List<String> sometimesReportsTo, List<String> dottedLineTo,
                       Map<String, String> variants) {

    /** Inputs shown for links beyond those filled in. */
    static final int SPARE_LINKS = 2;

    public RoleForm {
        values = values == null ? Map.of() : values;
        reportsTo = reportsTo == null ? List.of() : reportsTo;
        nextRoles = nextRoles == null ? List.of() : nextRoles;
        sometimesReportsTo = sometimesReportsTo == null ? List.of() : sometimesReportsTo;
        dottedLineTo = dottedLineTo == null ? List.of() : dottedLineTo;
        variants = variants == null ? Map.of() : variants;
        level = level == null ? "" : level;
    }

    /** The same form with another reason and version. */
    RoleForm with(String newReason, String newVersion) {
        return new RoleForm(title, abbreviation, aliases, family, summary, values, reportsTo, nextRoles, newReason,
                newVersion, level, sometimesReportsTo, dottedLineTo, variants);
    }

    static RoleForm of(RoleText role, CatalogSnapshot snapshot, String reason, String version) {
        return new RoleForm(role.title(), role.abbreviation() == null ? "" : role.abbreviation(),
                String.join("\n", role.aliases()), role.family(), role.summary(), new LinkedHashMap<>(role.values()),
                titles(role.reportsTo(), snapshot), titles(role.nextRoles(), snapshot), reason, version,
                role.level() == 0 ? "" : Integer.toString(role.level()), titles(role.sometimesReportsTo(), snapshot),
                titles(role.dottedLineTo(), snapshot), flatten(role.variants()));
    }

    static Map<String, String> flatten(Map<String, Map<String, String>> variants) {
        Map<String, String> flat = new LinkedHashMap<>();
        variants.forEach((key, bands) -> bands.forEach((band, text) -> flat.put(key + "." + band, text)));
        return flat;
    }

    static RoleForm from(MultiValueMap<String, String> params) {
        return new RoleForm(first(params, "title"), first(params, "abbreviation"), first(params, "aliases"),
                first(params, "family"), first(params, "summary"), prefixed(params, "values."),
                filled(params.get("reportsTo")), filled(params.get("nextRoles")), first(params, "reason"),
                first(params, "version"), first(params, "level"), filled(params.get("sometimesReportsTo")),
                filled(params.get("dottedLineTo")), prefixed(params, "variants."));
    }

    private static Map<String, String> prefixed(MultiValueMap<String, String> params, String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        params.forEach((name, given) -> {
            if (name.startsWith(prefix) && !given.isEmpty()) {
                found.put(name.substring(prefix.length()), given.get(0));
            }
        });
        return found;
    }

    public String value(Dimension dimension) {
        return values.getOrDefault(dimension.key(), "");
    }

    public String variant(Dimension dimension, SizeBand band) {
        return variants.getOrDefault(dimension.key() + "." + band.key(), "");
    }

    public boolean hasVariants(Dimension dimension) {
        return variants.keySet().stream().anyMatch(k -> k.startsWith(dimension.key() + ".")
                && !variants.get(k).isBlank());
    }

    public boolean levelIs(int candidate) {
        return level.strip().equals(candidate == 0 ? "" : Integer.toString(candidate));
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
