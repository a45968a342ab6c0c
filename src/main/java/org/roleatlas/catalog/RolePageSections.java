package org.roleatlas.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A section other modules add to a role's page (e.g. the articles tagged with the role), as plain links the
 * catalogue's template escapes. Implemented as beans by those modules, so the catalogue depends on none of them.
 */
public interface RolePageSections {

    /** The section for a role, or empty when there is nothing to show. */
    Optional<Section> sectionFor(Role role);

    /** @param more a link to the full list, or null */
    record Section(String id, String heading, List<Link> links, Link more) {

        public Section {
            links = List.copyOf(links);
        }
    }

    record Link(String text, String href) {
    }
}
