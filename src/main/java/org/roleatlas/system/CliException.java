package org.roleatlas.system;

/** A command failed for a reason the user can act on; printed as one line, exit status 1. */
public class CliException extends RuntimeException {

    public CliException(String message) {
        super(message);
    }
}
