package org.roleatlas.articles.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.roleatlas.accounts.Member;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.system.errors.BadRequestException;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Articles as pages and the API read them. A draft is visible to its author and to editors only; to everyone else
 * it does not exist (404, like a deleted article), so its title never leaks.
 */
@Component
record ArticleReads(ArticleRepository repository, Catalog catalog, Editors editors) {

    static final int PAGE_SIZE = 20;

    /** Published articles, newest first, {@code page} counted from 0; with a role, only those tagged with it. */
    /** Far beyond any real list; a larger page number is a mistake, not a request for an empty page. */
    static final int MAX_PAGE = 10_000;

    List<ArticleRow> published(String role, int page) {
        if (page < 0 || page > MAX_PAGE) {
            throw new BadRequestException("Parameter 'page' must be a page number from 0 to " + MAX_PAGE + ", got "
                    + page + ".");
        }
        return repository.published(role, page * PAGE_SIZE, PAGE_SIZE + 1);
    }

    List<ArticleRow> drafts() {
        return repository.drafts(PAGE_SIZE);
    }

    /** @throws NotFoundException if there is no such article, or it is a draft the viewer may not see */
    ArticleRow visible(String slug, Optional<Member> viewer) {
        return repository.bySlug(slug).filter(a -> a.published() || viewer.filter(v -> Editors.isEditor(v)
                        || Long.valueOf(v.id()).equals(a.authorId())).isPresent())
                .orElseThrow(() -> new NotFoundException("There is no article '" + slug + "'."));
    }

    /** A published article by id, for other modules (comments): drafts and deleted articles are not there. */
    Optional<ArticleRow> published(long id) {
        return repository.byId(id).filter(ArticleRow::published);
    }

    List<ArticleRepository.Revision> revisions(ArticleRow article) {
        return repository.revisions(article.id());
    }

    ArticleViews.Item item(ArticleRow a) {
        return items(List.of(a)).get(0);
    }

    /** A list of articles, their authors read in one query. */
    List<ArticleViews.Item> items(List<ArticleRow> rows) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Function<Long, String> bylines = editors.bylines(rows.stream().map(ArticleRow::authorId).toList());
        return rows.stream().map(a -> {
            List<ArticleViews.RoleTag> tags = a.roles().stream().map(slug -> new ArticleViews.RoleTag(slug,
                    snapshot.role(slug).map(Role::displayName).orElse(slug))).toList();
            return new ArticleViews.Item(a.slug(), a.title(), a.summary(), tags, bylines.apply(a.authorId()),
                    a.published(), a.published() ? a.publishedAt() : a.updatedAt());
        }).toList();
    }
}
