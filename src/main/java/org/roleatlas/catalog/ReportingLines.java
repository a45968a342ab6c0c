package org.roleatlas.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the links between roles: up the reporting line, along career moves, and down the organisation as a
 * tree. Links may form cycles (a CTO's next step can be CEO while a CEO-turned-CTO is common), so every walk
 * remembers where it has been.
 */
public final class ReportingLines {

    /**
     * A role, the roles that report to it first of all (their first {@code reportsTo}), and the other managers
     * this role may report to instead.
     */
    public record Node(Role role, List<Node> reports, List<Role> alsoReportsTo) {
    }

    private final CatalogSnapshot snapshot;

    public ReportingLines(CatalogSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The role, its usual manager, that manager's manager... up to a role that reports to nobody. */
    public List<Role> chainUp(Role role) {
        List<Role> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Role current = role;
        while (current != null && seen.add(current.slug())) {
            chain.add(current);
            current = current.reportsTo().isEmpty() ? null : snapshot.role(current.reportsTo().get(0)).orElse(null);
        }
        return chain;
    }

    /** The same chain read from the top of the organisation down to the role. */
    public List<Role> lineFromTop(Role role) {
        List<Role> chain = chainUp(role);
        java.util.Collections.reverse(chain);
        return chain;
    }

    /** Career paths of up to {@code steps} moves along {@code nextRoles}, never visiting a role twice. */
    public List<List<Role>> careerPaths(Role role, int steps, int limit) {
        List<List<Role>> paths = new ArrayList<>();
        extend(List.of(role), steps, limit, paths);
        return paths;
    }

    private void extend(List<Role> path, int steps, int limit, List<List<Role>> paths) {
        Role last = path.get(path.size() - 1);
        List<Role> next = last.nextRoles().stream().flatMap(s -> snapshot.role(s).stream())
                .filter(r -> !path.contains(r)).toList();
        if (steps == 0 || next.isEmpty()) {
            if (path.size() > 1 && paths.size() < limit) {
                paths.add(List.copyOf(path));
            }
            return;
        }
        for (Role role : next) {
            List<Role> longer = new ArrayList<>(path);
            longer.add(role);
            extend(longer, steps - 1, limit, paths);
        }
    }

    /** The organisation as trees: roots report to nobody; each role hangs under its first manager. */
    public List<Node> tree() {
        Set<String> placed = new LinkedHashSet<>();
        List<Node> roots = new ArrayList<>();
        for (Role role : snapshot.roles()) {
            if (role.reportsTo().isEmpty() || snapshot.role(role.reportsTo().get(0)).isEmpty()) {
                roots.add(node(role, placed));
            }
        }
        return roots;
    }

    private Node node(Role role, Set<String> placed) {
        placed.add(role.slug());
        List<Node> reports = snapshot.reportedBy(role.slug()).stream()
                .filter(r -> r.reportsTo().get(0).equals(role.slug()) && !placed.contains(r.slug()))
                .sorted(Comparator.comparing(Role::title))
                .map(r -> node(r, placed))
                .toList();
        List<Role> alternatives = role.reportsTo().stream().skip(1).flatMap(s -> snapshot.role(s).stream()).toList();
        return new Node(role, reports, alternatives);
    }
}
