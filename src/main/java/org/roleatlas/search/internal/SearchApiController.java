package org.roleatlas.search.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.roleatlas.search.Search;
import org.roleatlas.search.SearchQuery;
import org.roleatlas.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: the results page as JSON. */
@RestController
@Tag(name = "Search")
class SearchApiController {

    private final Search search;

    SearchApiController(Search search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search roles, questions, answers and comments",
            description = "BM25 ranking with name matches first; quoted parts are phrases; misspellings and the "
                    + "beginnings of words still match. Titles and snippets are HTML with matches in <mark>. Anonymous "
                    + "posts are signed without a name. Facets count results by type (with the role filter) and by "
                    + "role tag (with the type filter).")
    @ApiResponse(responseCode = "200", description = "One page of results, 10 per page")
    @ApiResponse(responseCode = "400", description = "q is empty or longer than 200 characters, or type, role or page "
            + "is not valid")
    SearchResults search(@Parameter(description = "What to search for", example = "who does the CTO report to")
                         @RequestParam(defaultValue = "") String q,
                         @Parameter(description = "Only this type: role, question, answer, comment (and article, poll "
                                 + "when present)") @RequestParam(required = false) String type,
                         @Parameter(description = "Only items tagged with this role slug", example = "cto")
                         @RequestParam(required = false) String role,
                         @Parameter(description = "1 to 100") @RequestParam(defaultValue = "1") int page) {
        return search.search(new SearchQuery(q, type, role, page));
    }
}
