/**
 * What helps people and crawlers find the site: {@code /robots.txt} (public pages allowed; {@code /me}, {@code /api},
 * {@code /moderation} and the forms not) and the favicon ({@code /favicon.svg}, drawn for this project, and
 * {@code /favicon.ico}, which browsers ask for by habit), Atom feeds of the newest questions
 * ({@code /questions/feed.atom}), a role's discussions ({@code /roles/{slug}/discussions/feed.atom}) and the articles
 * ({@code /articles/feed.atom}), and {@code /sitemap.xml} (an index of numbered sitemaps past 50,000 addresses). It
 * reads other modules through their public interfaces ({@code questions.QuestionFeed}, {@code questions.AuthoredPosts},
 * {@code articles.PublishedArticles}, {@code compare.WellKnownComparisons}). No tables, no public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discovery")
package org.roleatlas.discovery;
