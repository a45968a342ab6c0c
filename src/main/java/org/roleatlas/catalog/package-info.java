/**
 * The role catalogue: roles, their families, the dimensions that describe them, the frameworks that
 * select and order dimensions, and the links between roles (reports to, next step).
 *
 * <p>Owns the {@code catalog_*} tables. Everything else reads the catalogue through an immutable
 * {@link org.roleatlas.catalog.CatalogSnapshot} from {@link org.roleatlas.catalog.Catalog}, and changes it
 * only through {@link org.roleatlas.catalog.Catalog#apply(CatalogDocument)}, which is all-or-nothing.
 * The shipped catalogue (YAML files under {@code catalog/}) is synchronised into the database on start.
 * Other modules add sections to role pages by implementing {@link org.roleatlas.catalog.RolePageSections}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.roleatlas.catalog;
