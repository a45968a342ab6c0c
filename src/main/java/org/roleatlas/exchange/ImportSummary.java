package org.roleatlas.exchange;

/** What an import changed. */
public record ImportSummary(int files, int rolesCreated, int rolesUpdated, int frameworks, int families) {

    public String describe() {
        return "Imported " + files + (files == 1 ? " file: " : " files: ") + rolesCreated + " roles created, "
                + rolesUpdated + " updated, " + frameworks + " frameworks, " + families + " families.";
    }
}
