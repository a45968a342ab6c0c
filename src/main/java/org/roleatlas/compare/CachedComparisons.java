package org.roleatlas.compare;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.SizeBand;
import org.roleatlas.compare.RenderedCache.Rendered;
import org.roleatlas.system.web.ReadyResponse;
import org.roleatlas.system.web.ReadyResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Comparison pages and exports that {@link RenderedCache} already holds, offered to the early path
 * ({@code system.web.ReadyResponseFilter}) so a cached comparison is sent without the dispatcher. A comparison is
 * the same for every reader (its path skips Spring Security, and its page has no member navigation), so the
 * request's session plays no part. The request is read exactly as {@link ComparisonController#show} reads it; what
 * this class does not read the same way (a path or parameter outside the plain forms, repeated parameters, a
 * redirect, a miss) goes the normal path, which answers it and fills the cache.
 */
@Component
record CachedComparisons(RenderedCache cache, Catalog catalog) implements ReadyResponses {

    private static final String PREFIX = "/compare/";
    private static final String PATTERN = "/compare/{spec}";

    @Override
    public ReadyResponse find(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (!uri.startsWith(PREFIX) || !plain(uri, PREFIX.length())) {
            return null;
        }
        try {
            String spec = uri.substring(PREFIX.length());
            String framework = single(request, "framework");
            String diff = single(request, "diff");
            String size = single(request, "size");
            if ("".equals(framework) || "".equals(size) || diff != null && !diff.equals("true") && !diff.equals("false")) {
                return null; // empty and other spellings are the controller's to read
            }
            ComparisonPath.Spec parsed = ComparisonPath.parse(spec);
            Optional<ExportFormat> format = parsed.format()
                    .or(() -> ExportFormat.fromAccept(request.getHeader(HttpHeaders.ACCEPT)));
            SizeBand band = SizeBand.parameter(size);
            String key = ComparisonController.cacheKey(spec, framework, "true".equals(diff), band, format);
            Rendered rendered = cache.peek(key, catalog.snapshot().version());
            if (rendered == null || rendered.type() == null) {
                return null;
            }
            return new ReadyResponse(rendered.body(), rendered.type().toString(), rendered.etag(), HttpHeaders.ACCEPT,
                    PATTERN);
        } catch (RuntimeException e) {
            return null; // a bad parameter or Accept header: the normal path answers it with its error
        }
    }

    /** A path segment of lower-case letters, digits, '-' and '.' only: nothing to decode or normalise. */
    private static boolean plain(String uri, int from) {
        if (from == uri.length()) {
            return false;
        }
        for (int i = from; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        return !uri.contains("..");
    }

    /** The parameter's one value, null when absent; a repeated parameter is read by the controller only. */
    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        if (values.length != 1) {
            throw new IllegalArgumentException("repeated parameter " + name);
        }
        return values[0];
    }
}
