package org.roleatlas.accounts.internal.email;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions signed in before the member's {@code sessions_valid_after} (set by a password reset or change), in
 * whatever store holds sessions: each session notes when it was signed in ({@link #markSignedIn}), and a signed-in
 * request whose session is older than the member's cut-off is signed out and treated as anonymous.
 */
public final class SessionCutoff extends OncePerRequestFilter {

    /** Session attribute: when the session was signed in, in epoch milliseconds. */
    public static final String SIGNED_IN_AT = SessionCutoff.class.getName() + ".signedInAt";

    private final EmailAccounts accounts;
    private final Function<Object, Long> memberId;

    /** @param memberId the member id of a signed-in principal, or null for another kind */
    public SessionCutoff(EmailAccounts accounts, Function<Object, Long> memberId) {
        this.accounts = accounts;
        this.memberId = memberId;
    }

    /** Notes that the request's session was signed in at {@code when}. */
    public static void markSignedIn(HttpServletRequest request, Instant when) {
        request.getSession().setAttribute(SIGNED_IN_AT, when.toEpochMilli());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Long id = session == null || authentication == null ? null : memberId.apply(authentication.getPrincipal());
        if (id != null) {
            Object signedInAt = session.getAttribute(SIGNED_IN_AT);
            Optional<Instant> cutoff = accounts.sessionsValidAfter(id);
            if (cutoff.isPresent() && (!(signedInAt instanceof Long at) || at < cutoff.get().toEpochMilli())) {
                SecurityContextHolder.clearContext();
                session.invalidate();
                request = new SignedOut(request);
            }
        }
        chain.doFilter(request, response);
    }

    /** The rest of this request sees no principal and no session of the ended one. */
    private static final class SignedOut extends jakarta.servlet.http.HttpServletRequestWrapper {

        SignedOut(HttpServletRequest request) {
            super(request);
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            return null;
        }

        @Override
        public String getRemoteUser() {
            return null;
        }
    }
}
