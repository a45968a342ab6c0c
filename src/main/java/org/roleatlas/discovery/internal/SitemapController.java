package org.roleatlas.discovery.internal;

import java.time.Duration;
import java.util.List;

import org.roleatlas.system.PublicUrl;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /sitemap.xml}: all public pages, or an index of numbered sitemaps once there are more than 50,000. */
@Controller
record SitemapController(SitemapPaths paths, PublicUrl site) {

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        List<String> all = paths.paths();
        int files = SitemapXml.files(all.size(), SitemapXml.MAX_URLS);
        return xml(files == 1 ? SitemapXml.urlset(site.forRequest(), all) : SitemapXml.index(site.forRequest(), files));
    }

    @GetMapping("/sitemap-{number:\\d{1,6}}.xml")
    ResponseEntity<String> numbered(@PathVariable int number) {
        List<String> slice = SitemapXml.slice(paths.paths(), number, SitemapXml.MAX_URLS);
        if (slice.isEmpty()) {
            throw new NotFoundException("There is no sitemap " + number + ".");
        }
        return xml(SitemapXml.urlset(site.forRequest(), slice));
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(body);
    }
}
