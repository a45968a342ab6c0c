package org.roleatlas.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser-side defence in depth for every response: no MIME sniffing, no framing, a strict referrer policy, and
 * for our own pages a content security policy that allows only this origin's scripts and styles (the pages use
 * no inline script or style). The API explorer under /api/docs and /api/swagger-ui is left without the policy.
 * Ordered before Spring Security's filters, so that responses they end (401, 403, redirects to sign-in) carry the
 * headers too; Spring Security's own header writers are switched off (see accounts' SecurityConfig).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeaders extends OncePerRequestFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https: http:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(response, request.getRequestURI());
        chain.doFilter(request, response);
    }

    static void apply(HttpServletResponse response, String path) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (path == null || !path.startsWith("/api/docs") && !path.startsWith("/api/swagger-ui")) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
    }
}
