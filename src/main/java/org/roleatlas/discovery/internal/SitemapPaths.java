package org.roleatlas.discovery.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.articles.PublishedArticles;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.compare.WellKnownComparisons;
import org.roleatlas.questions.AuthoredPosts;
import org.roleatlas.questions.QuestionFeed;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * Every public page a sitemap lists, as paths: the main pages, each role and its discussions, the well-known
 * comparisons, the questions everyone may see, the published articles and the members who sign posts with their name.
 * Kept for a few minutes: crawlers ask often and a large community has many questions.
 */
@Component
class SitemapPaths {

    /** Far beyond a sitemap index's reach would be pointless; this keeps one read bounded. */
    static final int MAX_QUESTIONS = 2_000_000;
    static final int MAX_MEMBERS = 200_000;
    static final Duration KEEP = Duration.ofMinutes(5);

    private final Catalog catalog;
    private final QuestionFeed questions;
    private final PublishedArticles articles;
    private final AuthoredPosts posts;
    private final Members members;
    private final LoadingCache<Boolean, List<String>> cache;

    SitemapPaths(Catalog catalog, QuestionFeed questions, PublishedArticles articles, AuthoredPosts posts,
                 Members members) {
        this.catalog = catalog;
        this.questions = questions;
        this.articles = articles;
        this.posts = posts;
        this.members = members;
        this.cache = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(1).build(any -> read());
    }

    List<String> paths() {
        return cache.get(Boolean.TRUE);
    }

    private List<String> read() {
        CatalogSnapshot snapshot = catalog.snapshot();
        List<String> paths = new ArrayList<>(List.of("/", "/roles", "/org-chart", "/questions", "/articles"));
        for (Role role : snapshot.roles()) {
            paths.add("/roles/" + role.slug());
            paths.add("/roles/" + role.slug() + "/discussions");
        }
        paths.addAll(WellKnownComparisons.urls(snapshot));
        questions.listedIds(MAX_QUESTIONS).forEach(id -> paths.add("/questions/" + id));
        articles.slugs().forEach(slug -> paths.add("/articles/" + UriUtils.encodePathSegment(slug, "UTF-8")));
        List<Long> authors = posts.namedAuthors(MAX_MEMBERS);
        var found = members.findAll(authors);
        for (Long id : authors) {
            Member member = found.get(id);
            if (member != null && member.active()) {
                paths.add("/members/" + UriUtils.encodePathSegment(member.username(), "UTF-8"));
            }
        }
        return List.copyOf(paths);
    }
}
