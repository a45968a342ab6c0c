package org.roleatlas.discovery.internal;

import org.roleatlas.system.PublicUrl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address feeds, the sitemap and robots.txt link to: {@code roleatlas.public-url} when it is set,
 * otherwise the address this request came in on.
 */
@Component
record SiteAddress(PublicUrl publicUrl) {

    /** Without a trailing slash, e.g. {@code https://roles.example.com}. Call it while handling a request. */
    String base() {
        if (!publicUrl.base().isEmpty()) {
            return publicUrl.base();
        }
        String current = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return current.endsWith("/") ? current.substring(0, current.length() - 1) : current;
    }
}
