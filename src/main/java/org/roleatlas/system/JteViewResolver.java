package org.roleatlas.system;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Lets controllers return a view name as usual ({@code "catalog/role"}); the model becomes the template's
 * parameters, and the page is written as the pre-encoded bytes jte renders (see docs/decisions/0001). Every page also
 * gets {@code siteHeader} (a {@link SiteHeader}: who is signed in, for the layout's header) unless the controller set
 * one; templates that do not declare the parameter ignore it.
 */
@Component
record JteViewResolver(PageRenderer pages, ObjectProvider<SiteHeaders> headers) implements ViewResolver, Ordered {

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
            return null;
        }
        return new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws Exception {
                Map<String, Object> params = new HashMap<>();
                if (model != null) {
                    model.forEach((k, v) -> {
                        if (!k.startsWith("org.springframework")) {
                            params.put(k, v);
                        }
                    });
                }
                if (!params.containsKey("siteHeader")) {
                    SiteHeaders source = headers.getIfAvailable();
                    params.put("siteHeader", source == null ? SiteHeader.SIGNED_OUT : source.current(request));
                }
                byte[] body = pages.render(viewName, params);
                response.setContentType(getContentType());
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        };
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
