package org.roleatlas.compare;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Comparisons")
record ComparisonApiController(Comparisons comparisons) {

    @GetMapping("/api/compare")
    @Operation(summary = "Compare 2 to 6 roles across the dimensions of a framework",
            description = "Roles may be named by slug, title, abbreviation or alias; columns follow the order given. "
                    + "Unknown roles give 404 with close matches under 'suggestions'.")
    ComparisonExports.ComparisonJson compare(
            @Parameter(description = "comma-separated role slugs, e.g. cto,cio") @RequestParam List<String> roles,
            @Parameter(description = "framework key; default 'default'") @RequestParam(required = false) String framework,
            @Parameter(description = "leave out rows that read the same for every role") @RequestParam(defaultValue = "false") boolean diff,
            @Parameter(description = "company size band (1-50, 51-200, 201-1000, 1001-10000, 10001+): cells show a role's"
                    + " variant for that size where it has one, listed per row under 'variants'") @RequestParam(required = false) String size) {
        return ComparisonExports.ComparisonJson.of(comparisons.structured(roles, framework, diff,
                org.roleatlas.catalog.SizeBand.parameter(size)));
    }
}
