package org.roleatlas.catalog;

import java.util.Map;

/**
 * Something read from a file, with where it was read: the line of the item and of each of its fields, so
 * that a problem found later (an unknown dimension, a dangling link) can still name file and line.
 *
 * @param fieldLines field path (e.g. {@code "family"}, {@code "values.scope"}, {@code "reportsTo.1"}) to line
 */
public record Located<T>(T item, String source, int line, Map<String, Integer> fieldLines) {

    public Located {
        fieldLines = Map.copyOf(fieldLines);
    }

    /** "file.yaml:12" for the given field, falling back to the item's own line. */
    public String where(String field) {
        int at = fieldLines.getOrDefault(field, line);
        return at > 0 ? source + ":" + at : source;
    }

    public String where() {
        return line > 0 ? source + ":" + line : source;
    }
}
