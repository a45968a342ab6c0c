package org.roleatlas.accounts.internal.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Puts {@link SignInThrottle} in front of the sign-in form: an attempt that must wait is sent back to the form
 * with the wait (and {@code Retry-After}) before its password is checked; a failure is counted; a success clears
 * the address's count and leaves the device cookie.
 */
public final class SignInGuard extends OncePerRequestFilter implements AuthenticationFailureHandler,
        AuthenticationSuccessHandler {

    private final SignInThrottle throttle;
    private final SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();

    private final java.time.Clock clock;

    public SignInGuard(SignInThrottle throttle) {
        this(throttle, java.time.Clock.systemUTC());
    }

    /** @param clock when sessions are signed in ({@code SessionCutoff}) */
    public SignInGuard(SignInThrottle throttle, java.time.Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
        onwards.setDefaultTargetUrl("/me");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/sign-in").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = throttle.waitSeconds(request.getParameter("username"), request.getRemoteAddr(), device(request));
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            response.sendRedirect("/sign-in?wait=" + wait);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        throttle.failed(request.getParameter("username"), request.getRemoteAddr(), device(request));
        response.sendRedirect("/sign-in?error");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        String cookie = throttle.succeeded(authentication.getName(), request.getRemoteAddr());
        response.addHeader("Set-Cookie", ResponseCookie.from(SignInThrottle.DEVICE_COOKIE, cookie).path("/sign-in")
                .httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(java.time.Duration.ofDays(365))
                .build().toString());
        org.roleatlas.accounts.internal.email.SessionCutoff.markSignedIn(request, clock.instant());
        onwards.onAuthenticationSuccess(request, response, authentication);
    }

    private static String device(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, SignInThrottle.DEVICE_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
