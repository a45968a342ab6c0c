package org.roleatlas.accounts.internal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every page learns about who is signed in, in one place: {@link org.roleatlas.accounts.SignedIn} parameters,
 * {@code no-store} on signed-in responses, and the session's CSRF token as the model attribute {@code csrf}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignedInWeb implements WebMvcConfigurer {

    private final SignedInMembers signedIn;

    SignedInWeb(SignedInMembers signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(signedIn);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(signedIn);
    }

    /**
     * The CSRF token for the forms of a signed-in, active member; templates show those forms only when it is there.
     * Nobody signed in: none, so an anonymous reader's visit creates no session (pages that everyone fills in, such
     * as sign-in and sign-up, put the token in their model themselves).
     */
    @ControllerAdvice
    static class CsrfInModel {

        private final SignedInMembers signedIn;

        CsrfInModel(SignedInMembers signedIn) {
            this.signedIn = signedIn;
        }

        @ModelAttribute("csrf")
        CsrfToken csrf(HttpServletRequest request) {
            if (request.getUserPrincipal() == null || signedIn.current(request).isEmpty()) {
                return null;
            }
            return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        }
    }
}
