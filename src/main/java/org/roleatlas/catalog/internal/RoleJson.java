package org.roleatlas.catalog.internal;

import java.util.List;
import java.util.Map;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.ReportingLines;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleLevel;

/** API shapes of roles: a list entry, and the full profile with values and resolved links. */
final class RoleJson {

    private RoleJson() {
    }

    record Summary(String slug, String title, String abbreviation, String family, String summary, String url) {
        static Summary of(Role r) {
            return new Summary(r.slug(), r.title(), r.abbreviation(), r.familyKey(), r.summary(), "/roles/" + r.slug());
        }
    }

    record Link(String slug, String title, String url) {
        static Link of(Role r) {
            return new Link(r.slug(), r.title(), "/api/roles/" + r.slug());
        }
    }

    record FamilyRef(String key, String label) {
    }

    /**
     * {@code values} maps dimension key to text; {@code reportedBy} is the inverse of {@code reportsTo};
     * {@code reportingLine} follows each role's usual manager from the top of the organisation down to this role.
     * {@code level} is 1 to 8 (0: not set); {@code variants} maps dimension key to company-size band to text.
     * Fields after {@code reportingLine} were added later; older clients ignore them.
     */
    record Detail(String slug, String title, String abbreviation, String displayName, List<String> aliases,
                  FamilyRef family, String summary, Map<String, String> values, List<Link> reportsTo,
                  List<Link> nextRoles, List<Link> reportedBy, List<Link> reportingLine, int level, String levelLabel,
                  List<Link> sometimesReportsTo, List<Link> dottedLineTo, Map<String, Map<String, String>> variants) {

        static Detail of(Role r, CatalogSnapshot snapshot) {
            return new Detail(r.slug(), r.title(), r.abbreviation(), r.displayName(), r.aliases(),
                    new FamilyRef(r.familyKey(), snapshot.familyLabel(r.familyKey())), r.summary(),
                    new java.util.TreeMap<>(r.values()), links(r.reportsTo(), snapshot), links(r.nextRoles(), snapshot),
                    snapshot.reportedBy(r.slug()).stream().map(Link::of).toList(),
                    new ReportingLines(snapshot).lineFromTop(r).stream().map(Link::of).toList(),
                    r.level(), RoleLevel.label(r.level()), links(r.sometimesReportsTo(), snapshot),
                    links(r.dottedLineTo(), snapshot), r.variants());
        }

        private static List<Link> links(List<String> slugs, CatalogSnapshot snapshot) {
            return slugs.stream().flatMap(s -> snapshot.role(s).stream()).map(Link::of).toList();
        }
    }

    record DimensionJson(String key, String label, String description) {
    }

    record FrameworkJson(String key, String name, String description, List<DimensionJson> dimensions) {
    }
}
