package org.roleatlas.questions.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.roleatlas.questions.internal.QuestionViews.Links;
import org.roleatlas.questions.internal.QuestionViews.Tab;

/**
 * The links of a feed page: a tab per sort (keeping the role), and the previous and next pages (keeping role and
 * sort). Newest pages onward by keyset ({@code before=}, as stable as a page can be while questions are being
 * asked); the other sorts by page number.
 *
 * @param base the feed's path, {@code /questions} or a role's {@code /roles/{slug}/discussions}
 * @param roleInQuery whether the role is a query parameter (on {@code /questions}) rather than part of the path
 */
record FeedLinks(String base, FeedQuery query, boolean roleInQuery) {

    Links of(QuestionViews.Page page) {
        List<Tab> tabs = Arrays.stream(QuestionSort.values())
                .map(s -> new Tab(s.key(), s.label(), url(s, null), s == query.sort())).toList();
        String previous = query.page() > 1 ? url(query.sort(), "page=" + (query.page() - 1)) : null;
        String next = null;
        if (page.nextBefore() != null) {
            next = url(query.sort(), "before=" + page.nextBefore());
        } else if (page.hasNext()) {
            next = url(query.sort(), "page=" + (query.page() + 1));
        }
        return new Links(tabs, previous, next, base, roleInQuery);
    }

    private String url(QuestionSort sort, String paging) {
        List<String> params = new ArrayList<>();
        if (roleInQuery && query.role() != null) {
            params.add("role=" + URLEncoder.encode(query.role(), StandardCharsets.UTF_8));
        }
        if (sort != QuestionSort.NEWEST) {
            params.add("sort=" + sort.key());
        }
        if (paging != null) {
            params.add(paging);
        }
        return params.isEmpty() ? base : base + "?" + String.join("&", params);
    }
}
