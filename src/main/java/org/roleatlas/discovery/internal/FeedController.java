package org.roleatlas.discovery.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.roleatlas.articles.PublishedArticles;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.Role;
import org.roleatlas.questions.QuestionFeed;
import org.roleatlas.system.PublicUrl;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Atom feeds of the newest questions, a role's discussions and the articles: what everyone may read, 20 newest. */
@Controller
record FeedController(QuestionFeed questionFeed, PublishedArticles publishedArticles, Catalog catalog, PublicUrl site,
                      Clock clock) {

    static final int ENTRIES = 20;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    @GetMapping("/questions/feed.atom")
    ResponseEntity<String> questions() {
        return atom("Newest questions", "/questions", questionFeed.latest(null, ENTRIES));
    }

    @GetMapping("/roles/{slug}/discussions/feed.atom")
    ResponseEntity<String> discussions(@PathVariable String slug) {
        Role role = catalog.snapshot().role(slug)
                .orElseThrow(() -> new NotFoundException("There is no role '" + slug + "' in the catalogue."));
        return atom(role.displayName() + " discussions", "/roles/" + role.slug() + "/discussions",
                questionFeed.latest(role.slug(), ENTRIES));
    }

    @GetMapping("/articles/feed.atom")
    ResponseEntity<String> articles() {
        String base = site.forRequest();
        List<AtomFeed.Entry> entries = publishedArticles.newest(ENTRIES).stream()
                .map(a -> new AtomFeed.Entry(base + a.url(), a.title(), a.byline(), a.summary(), a.publishedAt(),
                        a.updatedAt()))
                .toList();
        return respond(new AtomFeed(base + "/articles", "Articles", base + "/articles/feed.atom", clock.instant(),
                entries));
    }

    private ResponseEntity<String> atom(String title, String page, List<QuestionFeed.Entry> latest) {
        String base = site.forRequest();
        List<AtomFeed.Entry> entries = latest.stream()
                .map(q -> new AtomFeed.Entry(base + q.url(), q.title(), q.author(), q.summary(), q.published(),
                        q.updated()))
                .toList();
        return respond(new AtomFeed(base + page, title, base + page + "/feed.atom", clock.instant(), entries));
    }

    private static ResponseEntity<String> respond(AtomFeed feed) {
        return ResponseEntity.ok().contentType(ATOM)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(feed.toXml());
    }
}
