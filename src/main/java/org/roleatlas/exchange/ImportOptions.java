package org.roleatlas.exchange;

/**
 * How an import treats what it cannot decide on its own.
 *
 * @param dryRun         check everything and report what would change, but change nothing
 * @param lastWins       when files give different texts for the same role and dimension, the later file wins
 *                       (and the report says so) instead of refusing the import
 * @param createRoles    a table column whose header names no role creates a new role instead of being refused
 * @param keepUnresolved a role name in a Reporting Relationship or Professional Development cell that names no role
 *                       stays text only (the report lists it) instead of refusing the import
 */
public record ImportOptions(boolean dryRun, boolean lastWins, boolean createRoles, boolean keepUnresolved) {

    public static final ImportOptions DEFAULT = new ImportOptions(false, false, false, false);

    public ImportOptions withDryRun() {
        return new ImportOptions(true, lastWins, createRoles, keepUnresolved);
    }
}
