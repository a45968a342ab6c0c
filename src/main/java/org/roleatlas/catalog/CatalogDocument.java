package org.roleatlas.catalog;

import java.util.ArrayList;
import java.util.List;

/** What one catalogue file (YAML or JSON) contained, each item with its location. */
public record CatalogDocument(List<Located<Family>> families, List<Located<Framework>> frameworks,
                              List<Located<Role>> roles) {

    public CatalogDocument {
        families = List.copyOf(families);
        frameworks = List.copyOf(frameworks);
        roles = List.copyOf(roles);
    }

    public static CatalogDocument merge(List<CatalogDocument> documents) {
        List<Located<Family>> families = new ArrayList<>();
        List<Located<Framework>> frameworks = new ArrayList<>();
        List<Located<Role>> roles = new ArrayList<>();
        for (CatalogDocument d : documents) {
            families.addAll(d.families());
            frameworks.addAll(d.frameworks());
            roles.addAll(d.roles());
        }
        return new CatalogDocument(families, frameworks, roles);
    }

    /** Roles built in code rather than read from a file; problems are reported against {@code source}. */
    public static CatalogDocument ofRoles(String source, List<Role> roles) {
        return new CatalogDocument(List.of(), List.of(),
                roles.stream().map(r -> new Located<>(r, source, 0, java.util.Map.of())).toList());
    }

    public boolean isEmpty() {
        return families.isEmpty() && frameworks.isEmpty() && roles.isEmpty();
    }
}
