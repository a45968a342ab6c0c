package org.roleatlas.catalog.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.SizeBand;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Catalogue")
record CatalogApiController(Catalog catalog) {

    @GetMapping("/api/roles")
    @Operation(summary = "List roles, by family then title",
            description = "With q, only roles whose slug, title, abbreviation or alias matches, best first (type-ahead).")
    List<RoleJson.Summary> roles(@Parameter(description = "family key") @RequestParam(required = false) String family,
                                 @Parameter(description = "type-ahead text, e.g. 'vpe'") @RequestParam(required = false) String q,
                                 @RequestParam(defaultValue = "100") int limit) {
        CatalogSnapshot snapshot = catalog.snapshot();
        List<Role> roles = q == null ? snapshot.roles() : snapshot.matching(q, Math.max(1, Math.min(limit, 100)));
        return roles.stream().filter(r -> family == null || r.familyKey().equals(family)).map(RoleJson.Summary::of).toList();
    }

    @GetMapping("/api/roles/{slug}")
    @Operation(summary = "A role's full profile: every dimension value and its links",
            description = "An alias or abbreviation answers 301 to the canonical slug. With ?size= (1-50, 51-200, "
                    + "201-1000, 1001-10000, 10001+) 'values' holds the role's text for a company of that size where it "
                    + "has a variant, and 'variantDimensions' names those dimensions; 'variants' always holds them all. "
                    + "The ETag header is the role's version, for If-Match when an editor changes it.")
    ResponseEntity<RoleJson.Detail> role(@PathVariable String slug,
                                         @Parameter(description = "company size band, e.g. 1-50") @RequestParam(required = false) String size) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = snapshot.resolve(slug).orElseThrow(() -> RolePageController.unknownRole(snapshot, slug));
        SizeBand band = SizeBand.parameter(size);
        if (!role.slug().equals(slug)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/api/roles/" + role.slug()
                    + (band == null ? "" : "?size=" + band.key().replace("+", "%2B")))).build();
        }
        // the version editors send back in If-Match with PUT /api/roles/{slug}
        return ResponseEntity.ok().eTag(org.roleatlas.catalog.RoleVersions.etag(role)).body(RoleJson.Detail.of(role, snapshot, band));
    }

    @GetMapping("/api/frameworks")
    @Operation(summary = "The frameworks: ordered, named sets of dimensions")
    List<RoleJson.FrameworkJson> frameworks() {
        return catalog.snapshot().frameworks().stream()
                .map(f -> new RoleJson.FrameworkJson(f.key(), f.name(), f.description(), f.dimensions().stream()
                        .map(d -> new RoleJson.DimensionJson(d.key(), d.label(), d.description())).toList()))
                .toList();
    }
}
