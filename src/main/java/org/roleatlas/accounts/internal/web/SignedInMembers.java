package org.roleatlas.accounts.internal.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.system.errors.ForbiddenException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The signed-in member of a request, read once per request however many parameters, model attributes and checks ask
 * for it. Resolves {@link SignedIn} parameters, and marks every signed-in response {@code Cache-Control: no-store}:
 * it may show the member's own data, and no cache on the way may keep it. Responses to readers who are not signed
 * in are left alone, so public pages keep their ETag revalidation.
 */
@Component
class SignedInMembers implements HandlerMethodArgumentResolver, HandlerInterceptor {

    private static final String READ = SignedInMembers.class.getName() + ".member";

    /** Looked up when first needed: web slices that test other modules' controllers run without accounts. */
    private final ObjectProvider<Members> members;

    SignedInMembers(ObjectProvider<Members> members) {
        this.members = members;
    }

    /** The signed-in, active member of this request, if any. */
    @SuppressWarnings("unchecked")
    Optional<Member> current(HttpServletRequest request) {
        Object read = request.getAttribute(READ);
        if (read == null) {
            Members all = members.getIfAvailable();
            read = all == null ? Optional.empty() : all.signedIn(request.getUserPrincipal());
            request.setAttribute(READ, read);
        }
        return (Optional<Member>) read;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(SignedIn.class)
                && (parameter.getParameterType() == Member.class || parameter.getParameterType() == Optional.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest web,
                                  WebDataBinderFactory binders) {
        HttpServletRequest request = web.getNativeRequest(HttpServletRequest.class);
        Optional<Member> member = current(request);
        if (parameter.getParameterType() == Optional.class) {
            return member;
        }
        if (member.isPresent() || !parameter.getParameterAnnotation(SignedIn.class).required()) {
            return member.orElse(null);
        }
        if (request.getUserPrincipal() == null) { // Spring Security answers: the sign-in page, or 401 on the API
            throw new InsufficientAuthenticationException("Sign in first.");
        }
        throw new ForbiddenException("Sign in with an active account to post.");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getUserPrincipal() != null) {
            response.setHeader("Cache-Control", "no-store");
        }
        return true;
    }
}
