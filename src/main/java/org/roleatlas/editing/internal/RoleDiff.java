package org.roleatlas.editing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleLevel;
import org.roleatlas.catalog.SizeBand;
import org.roleatlas.system.WordDiff;

/**
 * What differs between two versions of a role, field by field (each dimension its own field), as word diffs.
 * Public only because the precompiled templates live in another package.
 */
public final class RoleDiff {

    /** One changed field: its label and the word diff from before to after. */
    public record Change(String label, List<WordDiff.Run> runs) {
    }

    private RoleDiff() {
    }

    /** Only the fields that differ, in the form's order. */
    static List<Change> between(RoleText before, RoleText after, CatalogSnapshot snapshot) {
        List<Change> changes = new ArrayList<>();
        add(changes, "Title", before.title(), after.title());
        add(changes, "Abbreviation", before.abbreviation(), after.abbreviation());
        add(changes, "Also called", String.join(", ", before.aliases()), String.join(", ", after.aliases()));
        add(changes, "Family", snapshot.familyLabel(before.family()), snapshot.familyLabel(after.family()));
        add(changes, "Summary", before.summary(), after.summary());
        add(changes, "Level", level(before.level()), level(after.level()));
        for (Dimension d : RoleInputs.dimensions(snapshot)) {
            add(changes, d.label(), before.value(d.key()), after.value(d.key()));
            for (SizeBand band : SizeBand.values()) {
                add(changes, d.label() + " (" + band.label() + ")", before.variant(d.key(), band.key()),
                        after.variant(d.key(), band.key()));
            }
        }
        add(changes, "Reports to", titles(before.reportsTo(), snapshot), titles(after.reportsTo(), snapshot));
        add(changes, "Sometimes reports to", titles(before.sometimesReportsTo(), snapshot),
                titles(after.sometimesReportsTo(), snapshot));
        add(changes, "Dotted line to", titles(before.dottedLineTo(), snapshot), titles(after.dottedLineTo(), snapshot));
        add(changes, "Usually next", titles(before.nextRoles(), snapshot), titles(after.nextRoles(), snapshot));
        return changes;
    }

    private static void add(List<Change> changes, String label, String before, String after) {
        String from = before == null ? "" : before;
        String to = after == null ? "" : after;
        if (!Objects.equals(from, to)) {
            changes.add(new Change(label, WordDiff.between(from, to)));
        }
    }

    private static String level(int level) {
        return level == RoleLevel.NOT_SET ? "" : level + " · " + RoleLevel.label(level);
    }

    private static String titles(List<String> slugs, CatalogSnapshot snapshot) {
        return String.join(", ", slugs.stream().map(s -> snapshot.role(s).map(Role::title).orElse(s)).toList());
    }
}
