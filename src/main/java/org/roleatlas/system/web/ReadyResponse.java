package org.roleatlas.system.web;

import java.util.Objects;

/**
 * A public response whose bytes and headers are already made and are the same for every reader, so
 * {@link ReadyResponseFilter} can send it before the rest of the filter chain and the dispatcher run.
 *
 * @param body        the response body
 * @param contentType the {@code Content-Type} exactly as the normal path sends it, e.g. {@code text/html;charset=UTF-8}
 * @param etag        the strong validator, quoted; a request whose {@code If-None-Match} names it gets a 304
 * @param vary        the {@code Vary} header, or null for none
 * @param pathPattern the route the normal path maps the request to (e.g. {@code /compare/{spec}}), for request metrics
 */
public record ReadyResponse(byte[] body, String contentType, String etag, String vary, String pathPattern) {

    public ReadyResponse {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(pathPattern, "pathPattern");
    }
}
