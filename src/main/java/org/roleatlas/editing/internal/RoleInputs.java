package org.roleatlas.editing.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.RoleLevel;
import org.roleatlas.catalog.RoleNames;
import org.roleatlas.catalog.RoleTags;
import org.roleatlas.catalog.SizeBand;
import org.roleatlas.system.errors.InvalidFieldsException;

/**
 * Turns a submitted role into the role to save, checking every field and naming each refused one. Text is cleaned
 * as every member text is: Unicode NFC, no control characters but line breaks and tabs, no spaces at the ends.
 */
final class RoleInputs {

    static final int MAX_TITLE = 200;
    static final int MAX_ABBREVIATION = 40;
    static final int MAX_ALIAS = 200;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_VALUE = 4000;
    static final int MAX_REASON = 300;
    static final int MAX_LINKS = 10;

    private RoleInputs() {
    }

    /** Every dimension a role may have a value for: the frameworks' dimensions in their order, then the rest. */
    static List<Dimension> dimensions(CatalogSnapshot snapshot) {
        Map<String, Dimension> ordered = new LinkedHashMap<>();
        for (Framework f : snapshot.frameworks()) {
            f.dimensions().forEach(d -> ordered.putIfAbsent(d.key(), snapshot.dimension(d.key()).orElse(d)));
        }
        snapshot.dimensions().forEach(d -> ordered.putIfAbsent(d.key(), d));
        return List.copyOf(ordered.values());
    }

    /** The dimensions every role must have a value for: those of the default framework. */
    static Set<String> required(CatalogSnapshot snapshot) {
        Set<String> keys = new HashSet<>();
        snapshot.defaultFramework().dimensions().forEach(d -> keys.add(d.key()));
        return keys;
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        return normal.replaceAll("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200d]]", "").strip();
    }

    /** The whole role as the form would have it; throws naming every refused field. */
    static RoleText role(String slug, RoleForm form, CatalogSnapshot snapshot) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = clean(form.title());
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            errors.put("title", "Title: 1 to " + MAX_TITLE + " characters");
        }
        String abbreviation = clean(form.abbreviation());
        if (abbreviation.length() > MAX_ABBREVIATION) {
            errors.put("abbreviation", "Abbreviation: at most " + MAX_ABBREVIATION + " characters");
        }
        List<String> aliases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String alias : form.aliasList()) {
            String cleaned = clean(alias);
            if (cleaned.length() > MAX_ALIAS) {
                errors.put("aliases", "Also called: each name at most " + MAX_ALIAS + " characters");
            } else if (seen.add(RoleNames.normalize(cleaned))) {
                aliases.add(cleaned);
            }
        }
        String family = clean(form.family());
        if (snapshot.family(family).isEmpty()) {
            errors.put("family", "Family: choose one of the catalogue's families");
        }
        String summary = summary(form.summary(), errors);
        Map<String, String> values = values(form, snapshot, errors);
        List<String> reportsTo = links("reportsTo", "Reports to", slug, form.reportsTo(), snapshot, errors);
        List<String> nextRoles = links("nextRoles", "Usually next", slug, form.nextRoles(), snapshot, errors);
        List<String> sometimes = links("sometimesReportsTo", "Sometimes reports to", slug, form.sometimesReportsTo(),
                snapshot, errors);
        List<String> dotted = links("dottedLineTo", "Dotted line to", slug, form.dottedLineTo(), snapshot, errors);
        int level = level(form.level(), errors);
        Map<String, Map<String, String>> variants = variants(form, snapshot, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return new RoleText(slug, title, abbreviation.isEmpty() ? null : abbreviation, aliases, family, summary,
                values, reportsTo, nextRoles, level, sometimes, dotted, variants);
    }

    private static int level(String given, Map<String, String> errors) {
        String level = clean(given);
        if (level.isEmpty()) {
            return RoleLevel.NOT_SET;
        }
        try {
            int parsed = Integer.parseInt(level);
            if (RoleLevel.isValid(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.put("level", "Level: a step of the ladder, 1 to " + RoleLevel.MAX + ", or none");
        return RoleLevel.NOT_SET;
    }

    /** The company-size variants of each dimension's text: blank ones dropped. */
    static Map<String, Map<String, String>> variants(RoleForm form, CatalogSnapshot snapshot, Map<String, String> errors) {
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        form.variants().forEach((name, given) -> {
            String text = clean(given);
            int dot = name.indexOf('.');
            String key = dot < 0 ? name : name.substring(0, dot);
            String band = dot < 0 ? "" : name.substring(dot + 1);
            if (text.isEmpty()) {
                return;
            }
            if (snapshot.dimension(key).isEmpty() || SizeBand.fromKey(band).isEmpty()) {
                errors.put("variants." + name, "No dimension and company size '" + name + "' in the catalogue");
            } else if (text.length() > MAX_VALUE) {
                errors.put("variants." + name, snapshot.dimension(key).get().label() + " ("
                        + SizeBand.fromKey(band).get().label() + "): at most " + MAX_VALUE + " characters");
            } else {
                variants.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(band, text);
            }
        });
        return variants;
    }

    static String summary(String given, Map<String, String> errors) {
        String summary = clean(given);
        if (summary.isEmpty() || summary.length() > MAX_SUMMARY) {
            errors.put("summary", "Summary: 1 to " + MAX_SUMMARY + " characters");
        }
        return summary;
    }

    /** The dimension values: required for the default framework's dimensions, dropped elsewhere when blank. */
    static Map<String, String> values(RoleForm form, CatalogSnapshot snapshot, Map<String, String> errors) {
        Set<String> required = required(snapshot);
        Map<String, String> values = new LinkedHashMap<>();
        for (Dimension d : dimensions(snapshot)) {
            String text = clean(form.values().get(d.key()));
            if (text.isEmpty() && required.contains(d.key())) {
                errors.put("values." + d.key(), d.label() + ": write a value; every role has one for this dimension");
            } else if (text.length() > MAX_VALUE) {
                errors.put("values." + d.key(), d.label() + ": at most " + MAX_VALUE + " characters");
            } else if (!text.isEmpty()) {
                values.put(d.key(), text);
            }
        }
        form.values().keySet().stream().filter(k -> snapshot.dimension(k).isEmpty()).findFirst()
                .ifPresent(k -> errors.put("values." + k, "No dimension '" + k + "' in the catalogue"));
        return values;
    }

    /** The verdict on the reason every save needs. */
    static String reason(String given, int max, Map<String, String> errors) {
        String reason = clean(given);
        if (reason.isEmpty() || reason.length() > max) {
            errors.put("reason", "Reason: say in a few words why (1 to " + max + " characters)");
        }
        return reason;
    }

    private static List<String> links(String field, String label, String slug, List<String> given,
                                      CatalogSnapshot snapshot, Map<String, String> errors) {
        RoleTags.Resolved resolved = RoleTags.resolve(given.stream().map(RoleInputs::clean).toList(), snapshot);
        if (!resolved.unknown().isEmpty()) {
            errors.put(field, label + ": " + RoleTags.unknown(resolved.unknown().get(0), snapshot));
        } else if (resolved.slugs().contains(slug)) {
            errors.put(field, label + ": a role cannot link to itself");
        } else if (resolved.slugs().size() > MAX_LINKS) {
            errors.put(field, label + ": at most " + MAX_LINKS + " roles");
        }
        return resolved.slugs();
    }
}
