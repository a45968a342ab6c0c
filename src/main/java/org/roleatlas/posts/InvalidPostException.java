package org.roleatlas.posts;

import java.util.Map;

/**
 * What is wrong with a submitted post, one message per field, each naming its field ("Title: 1 to 200
 * characters"). Pages show them beside the inputs; the API answers 400 with them.
 */
public class InvalidPostException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidPostException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
