package org.roleatlas.search;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Implemented (as a Spring bean) by each module that owns searchable content. The indexer calls it to load the items
 * named in the change log, and to read everything when the index is rebuilt.
 */
public interface SearchSource {

    /** The content type this source loads, as used in {@link ContentChanged#type()}; at most 20 characters. */
    String type();

    /**
     * The current state of the given items, by key. A key missing from the answer (the item no longer exists) is
     * removed from the index, as is a document that is not {@link SearchDocument#visible() visible}.
     */
    Map<String, SearchDocument> load(Collection<String> keys);

    /** Every visible item, for a full rebuild; streamed so that a large community never sits in memory at once. */
    void forEachVisible(Consumer<SearchDocument> sink);

    /** How many items {@link #forEachVisible} will give, about: for a rebuild's progress and time estimate. */
    long countVisible();
}
