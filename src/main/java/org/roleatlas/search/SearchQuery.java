package org.roleatlas.search;

/**
 * What someone searched for: free text (quoted parts are phrases), optionally narrowed to one content type and one
 * role tag, and the 1-based page of results.
 */
public record SearchQuery(String text, String type, String role, int page) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_PAGE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        type = type == null || type.isBlank() ? null : type.strip();
        role = role == null || role.isBlank() ? null : role.strip();
    }
}
