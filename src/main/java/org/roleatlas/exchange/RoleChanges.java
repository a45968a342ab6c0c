package org.roleatlas.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;

/** What an import changes in one role, field by field, as lines of the import report. */
final class RoleChanges {

    static final int SHOWN_CHARACTERS = 90;

    private RoleChanges() {
    }

    /** @param before the role now, or null for a new role */
    static List<String> of(Role before, Role after, CatalogSnapshot snapshot) {
        List<String> lines = new ArrayList<>();
        Role old = before != null ? before
                : new Role(after.slug(), "", null, List.of(), "", "", Map.of(), List.of(), List.of());
        text(lines, "title", old.title(), after.title());
        text(lines, "abbreviation", old.abbreviation(), after.abbreviation());
        text(lines, "family", old.familyKey(), after.familyKey());
        text(lines, "summary", old.summary(), after.summary());
        links(lines, "aliases", old.aliases(), after.aliases());
        Set<String> keys = new LinkedHashSet<>();
        snapshot.frameworks().forEach(f -> f.dimensions().forEach(d -> keys.add(d.key())));
        keys.addAll(old.values().keySet());
        keys.addAll(after.values().keySet());
        for (String key : keys) {
            String label = snapshot.dimension(key).map(d -> d.label()).orElse(key);
            text(lines, label, old.values().get(key), after.values().get(key));
        }
        text(lines, "level", before == null || old.level() == 0 ? "" : String.valueOf(old.level()),
                after.level() == 0 ? "" : String.valueOf(after.level()));
        links(lines, "reportsTo", old.reportsTo(), after.reportsTo());
        links(lines, "sometimesReportsTo", old.sometimesReportsTo(), after.sometimesReportsTo());
        links(lines, "dottedLineTo", old.dottedLineTo(), after.dottedLineTo());
        links(lines, "nextRoles", old.nextRoles(), after.nextRoles());
        if (!old.variants().equals(after.variants())) {
            lines.add("size variants: " + old.variants().values().stream().mapToInt(Map::size).sum() + " → "
                    + after.variants().values().stream().mapToInt(Map::size).sum() + " texts");
        }
        return lines;
    }

    private static void text(List<String> lines, String field, String old, String now) {
        String a = old == null ? "" : old;
        String b = now == null ? "" : now;
        if (!a.equals(b)) {
            lines.add(field + ": " + (a.isEmpty() ? "(none)" : quoted(a)) + " → " + (b.isEmpty() ? "(none)" : quoted(b)));
        }
    }

    private static void links(List<String> lines, String field, List<String> old, List<String> now) {
        if (Objects.equals(old, now)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        now.stream().filter(s -> !old.contains(s)).forEach(s -> parts.add("+ " + s));
        old.stream().filter(s -> !now.contains(s)).forEach(s -> parts.add("− " + s));
        if (parts.isEmpty()) {
            parts.add("order " + String.join(", ", old) + " → " + String.join(", ", now));
        }
        lines.add(field + ": " + String.join(", ", parts));
    }

    static String quoted(String text) {
        return "\"" + (text.length() > SHOWN_CHARACTERS ? text.substring(0, SHOWN_CHARACTERS - 1) + "…" : text) + "\"";
    }
}
