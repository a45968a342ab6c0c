package org.roleatlas.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleLevel;
import org.roleatlas.compare.Comparison.Fact;
import org.roleatlas.compare.Comparison.Item;

/**
 * The structured rows of a comparison (level, usual, occasional and dotted-line managers, how many roles report to
 * it, next roles), read from the catalogue's fields and links rather than its prose, so that
 * two roles with the same manager or the same next step read the same and "Differences only" can hide the row.
 * A row whose cells are empty for every role is left out: it tells the reader nothing.
 */
final class ComparisonFacts {

    /** The bands of {@link #directReportsBand(int)}, for the row's description and the docs. */
    static final String DIRECT_REPORTS_BANDS = "none, 1–3, 4–8, 9 or more";

    private ComparisonFacts() {
    }

    /** Every structured row's label, as exports write it. */
    static final java.util.Set<String> LABELS = java.util.Set.of("Level", "Reports to", "Sometimes reports to",
            "Dotted line to", "Direct reports", "Next roles");

    static List<Fact> of(List<Role> roles, CatalogSnapshot snapshot) {
        List<Fact> facts = new ArrayList<>();
        add(facts, "level", "Level", "Seniority on the catalogue's ladder from 1 (entry) to 8 (chief or executive).",
                roles, r -> r.level() == RoleLevel.NOT_SET ? List.of() : List.of(new Item(RoleLevel.label(r.level()), null)));
        add(facts, "reports-to", "Reports to", "The roles it usually reports to (line management), most common first.",
                roles, r -> links(r.reportsTo(), snapshot));
        add(facts, "sometimes-reports-to", "Sometimes reports to",
                "Line managers it has in some organisations, for example at some company sizes.",
                roles, r -> links(r.sometimesReportsTo(), snapshot));
        add(facts, "dotted-line-to", "Dotted line to",
                "Roles it answers to for direction or technical leadership without being managed by them.",
                roles, r -> links(r.dottedLineTo(), snapshot));
        add(facts, "direct-reports", "Direct reports",
                "How many of the catalogue's roles usually report to it, in bands (" + DIRECT_REPORTS_BANDS
                        + "): a rough measure of how broad the team under it is.",
                roles, r -> List.of(new Item(directReportsBand(snapshot.reportedBy(r.slug()).size()), null)));
        add(facts, "next-roles", "Next roles", "The usual next steps in a career from this role.",
                roles, r -> links(r.nextRoles(), snapshot));
        return facts;
    }

    /** A count of roles reporting to one as a band: "None", "1–3 roles", "4–8 roles", "9 or more roles". */
    static String directReportsBand(int count) {
        if (count == 0) {
            return "None";
        }
        if (count <= 3) {
            return "1–3 roles";
        }
        return count <= 8 ? "4–8 roles" : "9 or more roles";
    }

    private static void add(List<Fact> facts, String key, String label, String description, List<Role> roles,
                            Function<Role, List<Item>> cell) {
        List<List<Item>> cells = roles.stream().map(cell).toList();
        if (cells.stream().allMatch(List::isEmpty)) {
            return;
        }
        boolean identical = cells.stream().map(ComparisonFacts::sameness).distinct().count() == 1;
        facts.add(new Fact(key, label, description, cells, identical));
    }

    /** Linked roles in any order count as the same cell. */
    private static List<String> sameness(List<Item> cell) {
        return cell.stream().map(i -> i.role() != null ? "role:" + i.role() : i.text()).sorted().toList();
    }

    private static List<Item> links(List<String> slugs, CatalogSnapshot snapshot) {
        return slugs.stream().flatMap(s -> snapshot.role(s).stream()).map(r -> new Item(r.displayName(), r.slug())).toList();
    }
}
