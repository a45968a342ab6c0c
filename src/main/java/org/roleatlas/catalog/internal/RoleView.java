package org.roleatlas.catalog.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.ReportingLines;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleLevel;

/**
 * A role page's content: the profile under every framework, resolved links in both directions, and the
 * comparisons a reader of this page most likely wants next (with its managers, its next steps, its peers).
 *
 * @param reportsTo  usual line managers; {@code sometimesReportsTo} occasional ones; {@code dottedLineTo} dotted-line
 * @param reportedBy roles usually managed by this one; {@code sometimesReportedBy} occasionally; {@code dottedLineFrom}
 *                   roles that take direction from it without reporting to it
 */
public record RoleView(Role role, String familyLabel, List<Framework> frameworks, List<Role> reportsTo,
                       List<Role> nextRoles, List<Role> reportedBy, List<Role> compareWith, List<Role> reportingLine,
                       List<List<Role>> careerPaths, List<Role> sometimesReportsTo, List<Role> dottedLineTo,
                       List<Role> sometimesReportedBy, List<Role> dottedLineFrom) {

    static RoleView of(Role role, CatalogSnapshot snapshot) {
        List<Role> reportsTo = resolve(role.reportsTo(), snapshot);
        List<Role> nextRoles = resolve(role.nextRoles(), snapshot);
        Set<Role> compareWith = new LinkedHashSet<>();
        compareWith.addAll(reportsTo);
        compareWith.addAll(nextRoles);
        snapshot.roles(role.familyKey()).stream().filter(r -> !r.equals(role)).limit(4).forEach(compareWith::add);
        ReportingLines lines = new ReportingLines(snapshot);
        return new RoleView(role, snapshot.familyLabel(role.familyKey()), snapshot.frameworks(), reportsTo, nextRoles,
                snapshot.reportedBy(role.slug()), compareWith.stream().limit(8).toList(), lines.lineFromTop(role),
                lines.careerPaths(role, 3, 8), resolve(role.sometimesReportsTo(), snapshot),
                resolve(role.dottedLineTo(), snapshot),
                snapshot.roles().stream().filter(r -> r.sometimesReportsTo().contains(role.slug())).toList(),
                snapshot.roles().stream().filter(r -> r.dottedLineTo().contains(role.slug())).toList());
    }

    private static List<Role> resolve(List<String> slugs, CatalogSnapshot snapshot) {
        return slugs.stream().flatMap(s -> snapshot.role(s).stream()).toList();
    }

    public String compareUrl(Role other) {
        return "/compare/" + role.slug() + "-vs-" + other.slug();
    }

    /** "4 · Lead or first-line manager", or null when the role has no level. */
    public String levelLabel() {
        return role.level() == RoleLevel.NOT_SET ? null : RoleLevel.label(role.level());
    }

    /** Whether anyone reports to this role in any way. */
    public boolean hasReports() {
        return !reportedBy.isEmpty() || !sometimesReportedBy.isEmpty() || !dottedLineFrom.isEmpty();
    }

    /** The role page's editing links: {@code editor} for editors, {@code shippedChanged} when they should look. */
    public record Editing(boolean editor, boolean shippedChanged) {

        public static final Editing NONE = new Editing(false, false);
    }
}
