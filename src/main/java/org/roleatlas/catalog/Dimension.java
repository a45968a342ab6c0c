package org.roleatlas.catalog;

import java.util.List;

/**
 * One aspect along which roles are described and compared, e.g. "Decision-Making Authority".
 *
 * @param aliases other row labels that mean this dimension in imported tables ("Decision Making Authority")
 */
public record Dimension(String key, String label, String description, List<String> aliases) {

    public Dimension {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }

    public Dimension(String key, String label, String description) {
        this(key, label, description, List.of());
    }
}
