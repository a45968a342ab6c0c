package org.roleatlas.system.errors;

import java.util.List;

/**
 * Something the request named does not exist: answered 404, as a problem detail for the API and as a page
 * (with the suggestions as links) for browsers.
 *
 * @see Suggestion
 */
public class NotFoundException extends RuntimeException {

    private final List<Suggestion> suggestions;

    public NotFoundException(String message) {
        this(message, List.of());
    }

    public NotFoundException(String message, List<Suggestion> suggestions) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
    }

    public List<Suggestion> suggestions() {
        return suggestions;
    }

    /** A "did you mean" link. */
    public record Suggestion(String label, String href) {
    }
}
