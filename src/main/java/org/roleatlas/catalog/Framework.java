package org.roleatlas.catalog;

import java.util.List;

/** An ordered, named selection of dimensions: the rows of a comparison. */
public record Framework(String key, String name, String description, List<Dimension> dimensions) {

    public static final String DEFAULT_KEY = "default";

    public Framework {
        dimensions = List.copyOf(dimensions);
    }
}
