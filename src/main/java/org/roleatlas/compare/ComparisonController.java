package org.roleatlas.compare;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.SizeBand;
import org.roleatlas.compare.RenderedCache.Rendered;
import org.roleatlas.system.errors.NotFoundException;
import org.roleatlas.system.PageRenderer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The comparison page and its exports at {@code /compare/a-vs-b[.md|.csv|.json]}, and the builder's target. */
@Controller
record ComparisonController(Comparisons comparisons, Catalog catalog, PageRenderer pages, RenderedCache cache) {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    /** The builder form submits here (works without JavaScript); answers with the canonical URL. */
    @GetMapping("/compare")
    ResponseEntity<byte[]> build(@RequestParam(name = "role", required = false) List<String> roles,
                                 @RequestParam(required = false) String framework,
                                 @RequestParam(defaultValue = "false") boolean diff,
                                 @RequestParam(required = false) String size) {
        Comparison comparison = comparisons.structured(roles == null ? List.of() : roles, framework, diff,
                SizeBand.parameter(size));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(ComparisonPath.withQuery(comparison.path(), comparison.query()))).build();
    }

    @GetMapping("/compare/{spec}")
    ResponseEntity<byte[]> show(@PathVariable String spec,
                                @RequestParam(required = false) String framework,
                                @RequestParam(defaultValue = "false") boolean diff,
                                @RequestParam(required = false) String size,
                                @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        ComparisonPath.Spec parsed = ComparisonPath.parse(spec);
        Optional<ExportFormat> format = parsed.format().or(() -> ExportFormat.fromAccept(accept));
        SizeBand band = SizeBand.parameter(size);
        String key = cacheKey(spec, framework, diff, band, format);
        CatalogSnapshot snapshot = catalog.snapshot();
        Rendered rendered = cache.get(key, snapshot.version(), () -> render(snapshot, parsed, framework, diff, band, format));
        if (rendered.type() == null) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(new String(rendered.body(), StandardCharsets.UTF_8))).build();
        }
        if (rendered.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendered.etag())
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return ResponseEntity.ok().contentType(rendered.type()).eTag(rendered.etag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(rendered.body());
    }

    /** The render cache's key for a request; {@code CachedComparisons} looks responses up by the same key. */
    static String cacheKey(String spec, String framework, boolean diff, SizeBand band, Optional<ExportFormat> format) {
        return spec + '|' + framework + '|' + diff + '|' + (band == null ? "" : band.key()) + '|'
                + format.map(Enum::name).orElse("HTML");
    }

    /** Renders the page or export; a request by alias renders as a redirect (type null, body = location). */
    private Rendered render(CatalogSnapshot snapshot, ComparisonPath.Spec spec, String framework, boolean diff,
                            SizeBand size, Optional<ExportFormat> format) {
        Comparison comparison = compareOrSuggest(spec, framework, diff, size);
        String canonical = comparison.path() + spec.format().map(f -> "." + f.extension()).orElse("");
        List<String> asked = spec.names();
        if (!asked.equals(comparison.roles().stream().map(Role::slug).toList())
                || (framework != null && !framework.equals(comparison.framework().key()))) {
            return new Rendered(ComparisonPath.withQuery(canonical, comparison.query()).getBytes(StandardCharsets.UTF_8), null);
        }
        if (format.isPresent()) {
            return new Rendered(ComparisonExports.render(comparison, format.get()).getBytes(StandardCharsets.UTF_8),
                    format.get().mediaType());
        }
        ComparisonPage page = ComparisonPage.of(comparison, snapshot.frameworks(), snapshot.roles());
        return new Rendered(pages.render("compare/page", Map.of("page", page)), HTML);
    }

    /** Unknown roles get a 404 whose suggestions are this same comparison with the closest role instead. */
    private Comparison compareOrSuggest(ComparisonPath.Spec spec, String framework, boolean diff, SizeBand size) {
        try {
            return comparisons.structured(spec.names(), framework, diff, size);
        } catch (UnknownRoleException e) {
            List<NotFoundException.Suggestion> suggestions = e.closest().stream().map(role -> {
                List<String> fixed = spec.names().stream().map(n -> n.equals(e.name()) ? role.slug() : n).toList();
                return new NotFoundException.Suggestion(role.displayName(), ComparisonPath.of(fixed));
            }).toList();
            throw new NotFoundException(e.getMessage(), suggestions);
        }
    }
}
