package org.roleatlas.catalog;

/** One aspect along which roles are described and compared, e.g. "Decision-Making Authority". */
public record Dimension(String key, String label, String description) {
}
