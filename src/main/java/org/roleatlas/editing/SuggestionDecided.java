package org.roleatlas.editing;

/**
 * An editor accepted or rejected a member's suggested edit of a role; published inside the deciding transaction.
 *
 * @param reason the editor's reason (for a rejection: why)
 */
public record SuggestionDecided(long suggestionId, String roleSlug, String roleTitle, long proposerId, long editorId,
                                boolean accepted, String reason) {
}
