package org.roleatlas.system.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Sends cached public pages at the speed of their bytes: a {@code GET} that a {@link ReadyResponses} bean already
 * holds the answer for is answered here, before the session filter, Spring Security and the dispatcher (which took
 * about three quarters of the comparison page's request time; docs/PERFORMANCE.md). It runs after
 * {@link RequestLimits} (malformed parameters are still refused), after {@link SecurityHeaders} (so the response
 * carries the same browser headers as on the normal path) and inside the request metrics filter, whose route tag it
 * sets to the controller's pattern. {@code If-None-Match} naming the current ETag is answered 304, as the controller
 * does.
 * <p>
 * Only requests no reader-specific work could apply to are considered: {@code GET} without a body. A feature offers
 * a response only for paths whose pages are the same for everyone (signed in or not), so skipping the session and
 * security filters changes nothing a reader sees.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ReadyResponseFilter extends OncePerRequestFilter {

    static final String SENT_METRIC = "roleatlas.ready.responses";

    private final ObjectProvider<ReadyResponses> sources;
    private final Counter sent;
    private volatile List<ReadyResponses> resolved;

    ReadyResponseFilter(ObjectProvider<ReadyResponses> sources, ObjectProvider<MeterRegistry> meters) {
        this.sources = sources;
        MeterRegistry registry = meters.getIfAvailable();
        this.sent = registry == null ? null : Counter.builder(SENT_METRIC)
                .description("Requests answered from a ready (cached) response before the dispatcher").register(registry);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ReadyResponse ready = "GET".equals(request.getMethod()) && request.getContentLengthLong() <= 0
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null ? find(request) : null;
        if (ready == null) {
            chain.doFilter(request, response);
            return;
        }
        if (sent != null) {
            sent.increment();
        }
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(ready.pathPattern()));
        if (ready.vary() != null) {
            response.setHeader(HttpHeaders.VARY, ready.vary());
        }
        response.setHeader(HttpHeaders.ETAG, ready.etag());
        if (ready.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(ready.contentType());
        response.setContentLength(ready.body().length);
        response.getOutputStream().write(ready.body());
    }

    private ReadyResponse find(HttpServletRequest request) {
        List<ReadyResponses> all = resolved;
        if (all == null) {
            all = sources.orderedStream().toList();
            resolved = all;
        }
        for (ReadyResponses source : all) {
            ReadyResponse ready = source.find(request);
            if (ready != null) {
                return ready;
            }
        }
        return null;
    }

    /** Error dispatches and async redispatches go the normal way. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
