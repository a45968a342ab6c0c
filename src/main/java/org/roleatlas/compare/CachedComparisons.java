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

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Comparison pages and exports that {@link RenderedCache} already holds, offered to the early path
 * ({@code system.web.ReadyResponseFilter}) so a cached comparison is sent without the dispatcher. A comparison is
 * the same for every reader (its path skips Spring Security, and its page has no member navigation), so the
 * request's session plays no part. The request is read exactly as {@link ComparisonController#show} reads it; what
 * this class does not read the same way (a path or parameter outside the plain forms, repeated parameters, a
 * redirect, a miss) goes the normal path, which answers it and fills the cache.
 */
@Component
class CachedComparisons implements ReadyResponses {

    private static final String PREFIX = "/compare/";
    private static final String PATTERN = "/compare/{spec}";

    /** A ready response for one catalogue version. */
    private record Ready(long catalogVersion, ReadyResponse response) {
    }

    private final RenderedCache cache;
    private final Catalog catalog;
    /**
     * Ready responses by the request as sent (path, query, Accept), which determine the response for a catalogue
     * version, so a repeated request skips reading its parameters. Filled only from {@link RenderedCache} hits and
     * bounded like it; an entry of an older catalogue version is never used (a comparison is a pure function of the
     * request and the version, so an entry stays right while its version is current).
     */
    private final Cache<String, Ready> byRequest = Caffeine.newBuilder().maximumSize(RenderedCache.MAX_ENTRIES).build();

    CachedComparisons(RenderedCache cache, Catalog catalog) {
        this.cache = cache;
        this.catalog = catalog;
    }

    @Override
    public ReadyResponse find(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (!uri.startsWith(PREFIX)) {
            return null;
        }
        String query = request.getQueryString();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        // No raw path, query or header can hold a line feed, so the parts cannot run into each other.
        String sent = query == null && accept == null ? uri
                : uri + (query == null ? "\n" : "\n?" + query) + '\n' + (accept == null ? "" : "=" + accept);
        long version = catalog.snapshot().version();
        Ready ready = byRequest.getIfPresent(sent);
        if (ready != null && ready.catalogVersion() == version) {
            return ready.response();
        }
        Rendered rendered = lookUp(request, uri, version);
        if (rendered == null) {
            return null;
        }
        ReadyResponse response = new ReadyResponse(rendered.body(), rendered.type().toString(), rendered.etag(),
                HttpHeaders.ACCEPT, PATTERN);
        byRequest.put(sent, new Ready(version, response));
        return response;
    }

    /** The render cache's entry for this request, read as the controller reads it; null when it has none. */
    private Rendered lookUp(HttpServletRequest request, String uri, long version) {
        if (!plain(uri, PREFIX.length())) {
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
            Rendered rendered = cache.peek(key, version);
            return rendered == null || rendered.type() == null ? null : rendered;
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
