package org.roleatlas.accounts.internal;

import java.time.Clock;

import org.roleatlas.accounts.internal.email.EmailAccounts;
import org.roleatlas.accounts.internal.email.SessionCutoff;
import org.roleatlas.accounts.internal.signin.SignInGuard;
import org.roleatlas.accounts.internal.signin.SignInThrottle;
import org.roleatlas.accounts.internal.signin.StoredFailureCounts;
import org.roleatlas.system.cluster.ClusterSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;

/**
 * Two filter chains. {@code /api/**} is stateless: it never reads or creates a session, so a browser's session
 * cookie cannot act on the API and CSRF protection is not needed there; a bearer token authenticates a request.
 * Everything else is the web: sessions, form sign-in at {@code /sign-in}, CSRF on every state-changing request.
 * <p>
 * Spring Security's own response headers are off: {@code system.web.SecurityHeaders} sets the browser headers for
 * every response, and Spring Security's {@code Cache-Control: no-store} would defeat the ETag revalidation of
 * public pages. Every signed-in response is marked {@code no-store} in one place ({@code SignedInMembers}); pages
 * anyone fills in (sign-in, sign-up) mark themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    /**
     * Comparisons, their exports and the static assets are public, read-only and the same for every visitor (they
     * are served from a shared render cache), so they need no security context; skipping the filter chain keeps
     * the hottest path about a third cheaper (docs/PERFORMANCE.md). Browser security headers still come from
     * {@code system.web.SecurityHeaders}, which is an ordinary servlet filter. Nothing under these paths changes state.
     */
    @Bean
    WebSecurityCustomizer publicReadOnlyPaths() {
        return web -> web.ignoring().requestMatchers(HttpMethod.GET, "/compare/**", "/css/**", "/js/**");
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, MemberService members) throws Exception {
        return http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, members), AnonymousAuthenticationFilter.class)
                // Every API write needs a token; reads other than /api/me are public.
                .authorizeHttpRequests(a -> a.requestMatchers("/api/me", "/api/moderation/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) ->
                        Problems.unauthorized(request, response,
                                "This needs a personal access token: Authorization: Bearer ra_...")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Clock clock, ClusterSecrets secrets, JdbcClient jdbc,
            EmailAccounts emails) throws Exception {
        // The throttle's counts and the device cookie's key are in the database: every node agrees on both.
        SignInGuard guard = new SignInGuard(new SignInThrottle(clock, secrets.key("sign-in-device-cookie"),
                new StoredFailureCounts(jdbc)), clock);
        return http
                .headers(h -> h.disable())
                // a signed one-click unsubscribe link (RFC 8058) is posted by mail clients without a session
                .csrf(c -> c.ignoringRequestMatchers("/notifications/unsubscribe"))
                .addFilterBefore(guard, UsernamePasswordAuthenticationFilter.class)
                // A password reset or change ends the member's sessions signed in before it, in any session store.
                .addFilterAfter(new SessionCutoff(emails, p -> p instanceof MemberUser u ? u.memberId() : null),
                        SecurityContextHolderAwareRequestFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/me", "/me/**", "/moderation", "/moderation/**").authenticated().anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .successHandler(guard).failureHandler(guard).permitAll())
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/"))
                // A relative Location, so that a forged Host header is never reflected into a redirect.
                .exceptionHandling(e -> e.authenticationEntryPoint(signInPage()))
                .build();
    }

    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/sign-in");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }
}
