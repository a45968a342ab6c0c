package org.roleatlas.accounts.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.accounts.Member;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request that carries {@code Authorization: Bearer ra_...}, for this request only (no
 * session). A token that is unknown, revoked or whose member is suspended is answered 401 at once, even on a
 * public endpoint: a client that sends a token wants to know it no longer works. Not a bean, so that Spring
 * Boot does not also register it for every request; the API security chain adds it.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokens tokens;
    private final MemberService members;

    BearerTokenFilter(AccessTokens tokens, MemberService members) {
        this.tokens = tokens;
        this.members = members;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Member> member = tokens.authenticate(header.substring(BEARER.length()).strip())
                .flatMap(members::find).filter(Member::active);
        if (member.isEmpty()) {
            Problems.unauthorized(request, response, "The access token is unknown or was revoked.");
            return;
        }
        MemberUser user = MemberUserDetailsService.user(member.get(), "");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
