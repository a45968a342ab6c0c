package org.roleatlas.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.search.Search;
import org.roleatlas.search.SearchQuery;
import org.roleatlas.search.SearchResults;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The results page, and the type-ahead list under the header's search box (HTML for htmx, or JSON). */
@Controller
class SearchPageController {

    static final int SUGGESTIONS = 8;

    private final Search search;

    SearchPageController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    ModelAndView search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type,
                        @RequestParam(required = false) String role, @RequestParam(defaultValue = "1") int page) {
        SearchQuery query = new SearchQuery(q, type, role, page);
        Map<String, Object> model = new HashMap<>();
        model.put("view", new ResultsView(query, query.text().isEmpty() ? null : search.search(query)));
        return new ModelAndView("search/results", model);
    }

    @GetMapping(value = "/search/suggest", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView suggestHtml(@RequestParam(defaultValue = "") String q) {
        return new ModelAndView("search/suggestions", Map.of("q", q, "items", search.suggest(q, SUGGESTIONS)));
    }

    /** htmx asks with {@code Accept: *}{@code /*}, which would let the JSON variant answer: it always gets the list. */
    @GetMapping(value = "/search/suggest", headers = "HX-Request")
    ModelAndView suggestForHtmx(@RequestParam(defaultValue = "") String q) {
        return suggestHtml(q);
    }

    @GetMapping(value = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Search.Suggestion>> suggestJson(@RequestParam(defaultValue = "") String q) {
        return ResponseEntity.ok(search.suggest(q, SUGGESTIONS));
    }
}
