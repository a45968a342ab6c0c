package org.roleatlas.catalog.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.ReportingLines;
import org.roleatlas.catalog.ReportingLines.Node;
import org.roleatlas.catalog.Role;

/**
 * The organisation charts drawn as SVG: the whole catalogue (optionally with one role's reporting line drawn out),
 * and a role's own reporting line for its page: its usual managers up to the top, the role, and the roles that
 * usually report to it.
 */
final class OrgCharts {

    private OrgCharts() {
    }

    /** Every role under the role it usually reports to; {@code focus} (may be null) has its reporting line marked. */
    static String whole(CatalogSnapshot snapshot, Role focus, String linkBase) {
        String description = "Each of the " + snapshot.roles().size() + " roles in a box under the role it usually"
                + " reports to; each box links to the role's page."
                + (focus == null ? "" : " Marked: " + focus.displayName() + " (filled), its managers up to the top"
                + " (blue) and the roles that report to it (gold).");
        return OrgChartSvg.render(new ReportingLines(snapshot).tree(), "Organisation chart"
                + (focus == null ? "" : ": the reporting line of " + focus.displayName()), description,
                highlight(snapshot, focus), linkBase);
    }

    /** The role's managers up to the top, one under the other, then the role with the roles reporting to it. */
    static String reportingLine(CatalogSnapshot snapshot, Role role) {
        List<Role> line = new ReportingLines(snapshot).lineFromTop(role);
        List<Node> reports = snapshot.reportedBy(role.slug()).stream().filter(r -> !line.contains(r))
                .sorted(Comparator.comparing(Role::title)).map(r -> new Node(r, List.of(), List.of())).toList();
        Node node = new Node(role, reports, List.of());
        for (int i = line.size() - 2; i >= 0; i--) {
            node = new Node(line.get(i), List.of(node), List.of());
        }
        String description = "From the top of the organisation down to " + role.displayName() + " along each role's"
                + " usual manager" + (reports.isEmpty() ? "." : ", then the " + reports.size()
                + (reports.size() == 1 ? " role" : " roles") + " that usually report to it.");
        return OrgChartSvg.render(List.of(node), "Reporting line of " + role.displayName(), description,
                highlight(snapshot, role), "");
    }

    /** Whether the role has a reporting line worth drawing: a manager or someone reporting to it. */
    static boolean hasReportingLine(CatalogSnapshot snapshot, Role role) {
        return !role.reportsTo().isEmpty() || !snapshot.reportedBy(role.slug()).isEmpty();
    }

    static OrgChartSvg.Highlight highlight(CatalogSnapshot snapshot, Role focus) {
        if (focus == null) {
            return OrgChartSvg.Highlight.NONE;
        }
        Set<String> managers = new ReportingLines(snapshot).chainUp(focus).stream().map(Role::slug)
                .filter(s -> !s.equals(focus.slug())).collect(Collectors.toSet());
        Set<String> reports = snapshot.reportedBy(focus.slug()).stream().map(Role::slug).collect(Collectors.toSet());
        return new OrgChartSvg.Highlight(focus.slug(), managers, reports);
    }
}
