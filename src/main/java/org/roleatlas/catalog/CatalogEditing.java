package org.roleatlas.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What editing the catalogue in the web needs beyond {@link Catalog#apply}: a write lock to check a role's version
 * under, the text the running release ships for a role, and which edited roles' shipped text changed since.
 */
public interface CatalogEditing {

    /**
     * Within the caller's transaction: takes the catalogue's write lock (held until that transaction ends, so no
     * other writer on any node changes the catalogue meanwhile) and returns the catalogue as the database holds it.
     */
    CatalogSnapshot lockForEdit();

    /** The role as this release ships it, or empty when the release ships no such role. */
    Optional<Role> shipped(String slug);

    /** Edited roles whose shipped text changed since they were edited (an upgrade left them alone), by title. */
    List<ShippedChange> shippedChanges();

    /** Whether the role was edited and its shipped text changed since. */
    boolean shippedChanged(String slug);

    /**
     * Within the caller's transaction: editors have seen the role's current shipped text; it is no longer reported
     * as changed. {@code adopted}: the role now reads as shipped, so later releases upgrade it again.
     */
    void settleShipped(String slug, boolean adopted);

    /** An edited role as it reads now and the text this release ships for it. */
    record ShippedChange(Role current, Role shipped) {
    }
}
