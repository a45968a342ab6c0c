package org.roleatlas.system.errors;

/** The request itself is wrong (too few roles, an unknown format...): answered 400 with the reason. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
