package org.roleatlas.search.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.roleatlas.search.SearchQuery;
import org.roleatlas.search.SearchResults;

/** What the results page shows, with the links of its filters and pages. */
public record ResultsView(SearchQuery query, SearchResults results) {

    /** This search with another type, role or page ({@code null}: none). */
    public String url(String type, String role, int page) {
        return url(query.text(), type, role, page);
    }

    /** The same search with the query "did you mean" suggests. */
    public String corrected() {
        return url(results.suggestion(), query.type(), query.role(), 1);
    }

    private static String url(String text, String type, String role, int page) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(text));
        if (type != null) {
            url.append("&type=").append(encode(type));
        }
        if (role != null) {
            url.append("&role=").append(encode(role));
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    public String withType(String type) {
        return url(type, query.role(), 1);
    }

    public String withRole(String role) {
        return url(query.type(), role, 1);
    }

    public String page(int page) {
        return url(query.type(), query.role(), page);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
