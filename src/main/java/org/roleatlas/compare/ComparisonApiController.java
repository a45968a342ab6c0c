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
            @Parameter(description = "leave out rows that read the same for every role") @RequestParam(defaultValue = "false") boolean diff) {
        return ComparisonExports.ComparisonJson.of(comparisons.structured(roles, framework, diff));
    }
}
