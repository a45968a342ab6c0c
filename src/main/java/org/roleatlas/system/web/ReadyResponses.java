package org.roleatlas.system.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A feature's cache of public responses, asked by {@link ReadyResponseFilter} for each anonymous {@code GET}.
 * An implementation answers only when it already holds exactly the response its controller would send for this
 * request, for every reader; otherwise (a cache miss, a parameter it does not read the same way, anything unusual)
 * it returns null and the request takes the normal path, which renders and fills the cache. It must be cheap and
 * must not throw for any input.
 */
public interface ReadyResponses {

    /** The ready response for this GET request, or null to let the normal path answer it. */
    ReadyResponse find(HttpServletRequest request);
}
