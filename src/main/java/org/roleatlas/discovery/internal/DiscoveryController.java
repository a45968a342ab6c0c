package org.roleatlas.discovery.internal;

import java.time.Duration;

import org.roleatlas.system.PublicUrl;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** robots.txt and the favicon's second address. */
@Controller
class DiscoveryController {

    /** Personal pages, the API, moderation and every form: nothing a search engine should list. */
    static final String ROBOTS = """
            User-agent: *
            Allow: /
            Disallow: /me
            Disallow: /api/
            Disallow: /moderation
            Disallow: /sign-in
            Disallow: /sign-up
            Disallow: /sign-out
            Disallow: /questions/new
            Disallow: /articles/new
            Disallow: /search
            Disallow: /*/edit
            Disallow: /*/flags
            """;

    private final PublicUrl site;

    DiscoveryController(PublicUrl site) {
        this.site = site;
    }

    /**
     * Names the sitemap's absolute address: at the public address ({@code roleatlas.public-url}) when it is set,
     * otherwise at the address the request came in on.
     */
    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        String body = ROBOTS + "\nSitemap: " + site.forRequest() + "/sitemap.xml\n";
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(body);
    }

    /** Browsers ask for /favicon.ico whatever the page says; the icon is the SVG. */
    @GetMapping("/favicon.ico")
    ResponseEntity<Void> favicon() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, "/favicon.svg")
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).build();
    }
}
