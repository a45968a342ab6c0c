package org.roleatlas.accounts.internal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.roleatlas.accounts.Authority;
import org.roleatlas.accounts.Member;
import org.roleatlas.system.SiteHeader;
import org.roleatlas.system.SiteHeaders;
import org.roleatlas.system.UnreadNotifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * The header's member: the request's signed-in member, read once per request with everything else that asks for it
 * (a suspended member is shown signed out), with the unread count when a module counts notifications. A request
 * without a principal reads nothing.
 */
@Component
record SignedInHeader(SignedInMembers members, ObjectProvider<UnreadNotifications> unread) implements SiteHeaders {

    @Override
    public SiteHeader current(HttpServletRequest request) {
        return members.current(request).map(m -> header(m, request)).orElse(SiteHeader.SIGNED_OUT);
    }

    private SiteHeader header(Member member, HttpServletRequest request) {
        UnreadNotifications counter = unread.getIfAvailable();
        Integer count = counter == null ? null : counter.count(member.id());
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new SiteHeader(member.username(), member.displayName(), count,
                member.authorities().contains(Authority.MODERATOR),
                csrf == null ? null : csrf.getParameterName(), csrf == null ? null : csrf.getToken());
    }
}
