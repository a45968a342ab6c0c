/**
 * The catalogue's integrity page for editors: {@code /catalog/lint} lists what {@link org.roleatlas.catalog.CatalogLint}
 * finds in the catalogue as it is now, each finding linked to its role. No tables; reads the catalogue and who the
 * signed-in member is. (The {@code lint} command itself belongs to the catalogue module.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue lint")
package org.roleatlas.lint;
