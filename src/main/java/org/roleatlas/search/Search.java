package org.roleatlas.search;

import java.util.List;

/** Full-text search over every indexed type, as the search page and the API use it. */
public interface Search {

    /** @throws org.roleatlas.system.errors.BadRequestException when the query is empty, too long or names an unknown type */
    SearchResults search(SearchQuery query);

    /** Up to {@code limit} items whose title or alias starts like {@code text}, roles first: the type-ahead list. */
    List<Suggestion> suggest(String text, int limit);

    /** A type-ahead entry. */
    record Suggestion(String type, String title, String url) {
    }
}
