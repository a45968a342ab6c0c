package org.roleatlas.exchange;

/** What an import changed (or, in a dry run, would change); unchanged roles were named but are already so. */
public record ImportSummary(int files, int rolesCreated, int rolesUpdated, int rolesUnchanged, int frameworks,
                            int families) {

    public String describe() {
        return "Imported " + counts();
    }

    String counts() {
        return files + (files == 1 ? " file: " : " files: ") + rolesCreated + " roles created, "
                + rolesUpdated + " updated, " + rolesUnchanged + " unchanged, " + frameworks + " frameworks, "
                + families + " families.";
    }
}
