/**
 * Moving catalogue content in and out: importing roles and frameworks from YAML or JSON files and comparison
 * tables from Markdown (shaped like a comparison export), all-or-nothing across every file of one import; and
 * exporting the whole catalogue as YAML or JSON in the same layout as the shipped catalogue. Owns no tables:
 * everything is written through {@link org.roleatlas.catalog.Catalog#apply}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import and export")
package org.roleatlas.exchange;
