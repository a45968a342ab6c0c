/**
 * Long-form articles written by editors: Markdown with a table of contents, role tags, drafts, publishing, a
 * revision per edit, soft delete, and live comparisons ({@code ```compare} blocks rendered from the current
 * catalogue at read time through {@code compare.Comparisons}). Owns the {@code article}, {@code article_role} and
 * {@code article_revision} tables, the pages under {@code /articles} and {@code /api/articles}, and the shipped
 * articles under {@code articles/} on the classpath, synchronised on start like the shipped catalogue.
 *
 * <p>Plugs into other modules through their interfaces only: comments through {@code comments.CommentTargets},
 * the list on role pages through {@code catalog.RolePageSections}. Public API:
 * {@link org.roleatlas.articles.PublishedArticles} (the published articles as records, for feeds and the sitemap).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Articles")
package org.roleatlas.articles;
