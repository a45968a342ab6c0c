package org.roleatlas.search;

import java.util.List;

/** "Content you might like": items similar to one item, by text and by shared role tags. */
public interface Related {

    /**
     * Up to {@code limit} questions, articles, polls and roles like the given item, best first; never the item
     * itself, never hidden or deleted items. Empty while the item is not indexed yet.
     */
    List<Item> to(String type, String key, int limit);

    /** A related item, ready to link. */
    record Item(String type, String title, String url) {
    }
}
