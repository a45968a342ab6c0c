package org.roleatlas.search;

import java.util.Objects;

/**
 * Searchable text of one item changed (created, edited, hidden, deleted). Publish it with Spring's
 * {@code ApplicationEventPublisher} <em>inside</em> the write's transaction: the search module records it in its
 * change log in that same transaction, so the change and its record commit or roll back together.
 *
 * @param type the {@link SearchSource#type()} that can load the item, e.g. {@code "question"}
 * @param key  the item's key within its type, e.g. a question id or a role slug
 */
public record ContentChanged(String type, String key) {

    /** The type (and key) of {@link #everything()}. */
    public static final String EVERYTHING = "*";

    public ContentChanged {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
    }

    public static ContentChanged of(String type, long id) {
        return new ContentChanged(type, Long.toString(id));
    }

    /**
     * Content was written in bulk without an event per item (a generated sample community): every node rebuilds its
     * index from the sources when it reaches this change. Publish it once, after the bulk write has committed.
     */
    public static ContentChanged everything() {
        return new ContentChanged(EVERYTHING, EVERYTHING);
    }
}
