package org.roleatlas.system.errors;

/** The member is known but may not do this (e.g. edit someone else's post): answered 403 with the reason. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
