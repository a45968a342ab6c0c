package org.roleatlas.system.errors;

/**
 * The request is understood but clashes with the current state (a second ballot in a poll, a vote in a closed
 * poll): answered 409 with the reason. Repeating the request will not help.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
