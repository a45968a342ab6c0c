package org.roleatlas.catalog;

/** A group of related roles, e.g. "Executive" or "Data &amp; machine learning". */
public record Family(String key, String label) {
}
