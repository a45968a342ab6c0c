package org.roleatlas.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of results with facet counts. Facet counts for types are computed with the role filter applied and
 * vice versa, so each facet shows what choosing it would give.
 *
 * @param total all matching items (with both filters); at least this many when not {@code exact}
 * @param exact false for a broad query: {@code total} is then a lower bound and the facets count among the best
 *              {@code sample} matches
 * @param sample how many of the best matches the facets count among when the query matches more
 * @param suggestion "did you mean": the query with its unknown words corrected, or null when there is nothing to
 *                   correct; identical texts count and show once
 */
public record SearchResults(SearchQuery query, long total, boolean exact, int sample, int pageSize, List<Hit> hits,
                            List<Facet> types, List<Facet> roles, String suggestion) {

    public int pages() {
        return (int) Math.min(SearchQuery.MAX_PAGE, (total + pageSize - 1) / pageSize);
    }

    /**
     * @param titleHtml   the title with matched words in {@code <mark>}, otherwise HTML-escaped
     * @param snippetHtml a passage of the body with matched words in {@code <mark>}, otherwise HTML-escaped
     * @param byline      how the item is signed (anonymous posts: without the name)
     */
    public record Hit(String type, String key, String titleHtml, String snippetHtml, String url, String byline,
                      List<String> roles, Instant created) {
    }

    /** A facet value, its label (a role's title for role tags) and how many results have it. */
    public record Facet(String value, String label, long count) {
    }
}
