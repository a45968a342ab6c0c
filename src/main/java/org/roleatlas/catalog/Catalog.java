package org.roleatlas.catalog;

/** The catalogue as the rest of the application sees it. */
public interface Catalog {

    /** The current catalogue; cheap to call on every request (an in-memory immutable snapshot). */
    CatalogSnapshot snapshot();

    /**
     * Validates and applies a user's changes in one transaction; on any problem nothing changes and a
     * {@link CatalogValidationException} lists every problem found, with file and line. Roles changed this
     * way are marked as edited, so that upgrades of the shipped catalogue leave them alone.
     *
     * @return the snapshot after the change
     */
    CatalogSnapshot apply(CatalogDocument changes);
}
