package org.roleatlas.editing.internal;

/**
 * Someone saved the role after the editor opened it: nothing was written. Carries the role as it reads now and its
 * version, so the editor is shown what changed and may save again knowingly.
 */
class EditConflictException extends RuntimeException {

    private final RoleText current;
    private final String version;

    EditConflictException(RoleText current, String version) {
        super("The role " + current.title() + " was changed after you opened it.");
        this.current = current;
        this.version = version;
    }

    RoleText current() {
        return current;
    }

    String version() {
        return version;
    }
}
