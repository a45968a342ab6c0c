package org.roleatlas.articles.internal;

import java.util.Map;

/** An article refused on save: one message per field ("title", "summary", "body", "roles"). Nothing was written. */
class InvalidArticleException extends RuntimeException {

    private final Map<String, String> errors;

    InvalidArticleException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
        return errors;
    }
}
