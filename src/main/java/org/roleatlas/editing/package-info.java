/**
 * Editing the catalogue in the web: editors change any role (names, family, summary, every dimension value, links)
 * and frameworks; every save is a revision with its author, time and reason, shown with a per-field diff on
 * {@code /roles/{slug}/history} and restorable (the shipped text too); two editors saving the same role never
 * overwrite each other silently (the second is shown what changed; the API answers 412 to a stale {@code If-Match});
 * edited roles whose shipped text changed in a new release are listed for editors to adopt or ignore. Members
 * suggest changes to a role's cells, which editors accept (as proposed or edited) or reject, crediting the member.
 *
 * <p>Owns the {@code catalog_revision} and {@code role_suggestion} tables. Writes go through
 * {@link org.roleatlas.catalog.Catalog#apply} under {@link org.roleatlas.catalog.CatalogEditing#lockForEdit()}, in
 * one transaction with the revision. Publishes {@link org.roleatlas.editing.SuggestionDecided}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue editing")
package org.roleatlas.editing;
