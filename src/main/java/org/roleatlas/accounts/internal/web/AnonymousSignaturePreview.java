package org.roleatlas.accounts.internal.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.accounts.Members;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Forms that can post anonymously tell the signed-in member exactly what the anonymous signature will show
 * ({@code anonymousSignature} in the model of those pages only), so nobody has to guess how coarse it is.
 */
@Configuration(proxyBeanMethods = false)
class AnonymousSignaturePreview implements WebMvcConfigurer, HandlerInterceptor {

    static final Set<String> FORMS = Set.of("questions/ask", "questions/question", "comments/comment-form");

    private final SignedInMembers signedIn;
    private final ObjectProvider<Members> members;

    /** Lazily: web slices of other modules' tests load this configurer without the accounts module's services. */
    AnonymousSignaturePreview(SignedInMembers signedIn, ObjectProvider<Members> members) {
        this.signedIn = signedIn;
        this.members = members;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || !FORMS.contains(view.getViewName())) {
            return;
        }
        signedIn.current(request).ifPresent(member -> view.addObject("anonymousSignature",
                "Anonymous · " + members.getObject().anonymousSignature(member).text()));
    }
}
