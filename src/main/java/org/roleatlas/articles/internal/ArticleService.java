package org.roleatlas.articles.internal;

import java.time.Clock;
import java.util.List;

import org.roleatlas.accounts.Member;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.search.ContentChanged;
import org.roleatlas.system.errors.ForbiddenException;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every article write: create, edit, publish, delete, and the start-up synchronisation of the shipped articles.
 * Each runs in one transaction (joining the caller's, if any); each save stores a revision. Only editors write
 * (403 otherwise).
 */
@Service
record ArticleService(ArticleRepository repository, Catalog catalog, ApplicationEventPublisher events,
                      TransactionTemplate transaction, Clock clock) {

    /** What an editor submits. {@code roles} may hold several slugs per entry (one form field each). */
    record Draft(String title, String summary, String body, List<String> roles) {
    }

    /**
     * Creates that meet a slug taken meanwhile are tried again up to this many times in all. Each round of a race is
     * won by one of the racers, so N editors creating the same title at once all finish within N rounds; the bound
     * only stops a loop that could never succeed.
     */
    private static final int SLUG_ATTEMPTS = 50;

    /** In the write's transaction: the search module logs the change with it (docs/decisions/0015). */
    private void changed(String slug) {
        events.publishEvent(new ContentChanged(ArticleSearchSource.TYPE, slug));
    }

    /**
     * Two editors may give articles the same title at the same moment: both see the slug free, and the second insert
     * meets the unique slug. That transaction is then done (PostgreSQL aborts it), so the whole create is tried again
     * in a new one, which finds the next free slug.
     *
     * @return the new article's slug, made from its title and never changed afterwards
     */
    String create(Member author, Draft draft, boolean publish) {
        requireEditor(author);
        ArticleRules.Checked checked = check(draft);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    String slug = freeSlug(checked.title());
                    repository.insert(slug, checked, author.id(), publish, "member", null, clock.instant());
                    changed(slug);
                    return slug;
                });
            } catch (DuplicateKeyException e) {
                if (attempt == SLUG_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    void edit(Member editor, String slug, Draft draft) {
        requireEditor(editor);
        transaction.executeWithoutResult(status -> {
            ArticleRow before = article(slug);
            repository.update(before, check(draft), editor.id(), true, null, clock.instant());
            changed(slug);
        });
    }

    void publish(Member editor, String slug) {
        requireEditor(editor);
        transaction.executeWithoutResult(status -> {
            repository.publish(article(slug).id(), clock.instant());
            changed(slug);
        });
    }

    void delete(Member editor, String slug) {
        requireEditor(editor);
        transaction.executeWithoutResult(status -> {
            repository.delete(article(slug).id(), clock.instant());
            changed(slug);
        });
    }

    /**
     * Adds a shipped article that is new to the database, and upgrades one nobody edited whose file changed; an
     * edited or deleted one is left as it is (docs/decisions/0014-articles.md).
     *
     * @return whether anything was written
     */
    boolean synchronise(ShippedArticles.Shipped shipped) {
        return Boolean.TRUE.equals(transaction.execute(status -> synchroniseNow(shipped)));
    }

    private boolean synchroniseNow(ShippedArticles.Shipped shipped) {
        ArticleRules.Checked checked = new ArticleRules(catalog.snapshot()).check(shipped.title(), shipped.summary(),
                shipped.body(), shipped.roles());
        var state = repository.shippedState(shipped.slug());
        if (state.isEmpty()) {
            repository.insert(shipped.slug(), checked, null, true, "shipped", shipped.hash(), clock.instant());
            changed(shipped.slug());
            return true;
        }
        var row = state.get();
        if (!"shipped".equals(row.origin()) || row.edited() || row.deleted() || shipped.hash().equals(row.shippedHash())) {
            return false;
        }
        repository.update(repository.byId(row.id()).orElseThrow(), checked, null, false, shipped.hash(),
                clock.instant());
        changed(shipped.slug());
        return true;
    }

    private ArticleRules.Checked check(Draft draft) {
        return new ArticleRules(catalog.snapshot()).check(draft.title(), draft.summary(), draft.body(), draft.roles());
    }

    private ArticleRow article(String slug) {
        return repository.bySlug(slug).orElseThrow(() -> new NotFoundException("There is no article '" + slug + "'."));
    }

    /** "cto-vs-cio", or "cto-vs-cio-2" when taken (by any article, deleted ones too). */
    /** Paths under /articles/ that are pages, not articles: an article titled "New" becomes "new-2". */
    private static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("new");

    private String freeSlug(String title) {
        String base = Slugs.of(title, 100);
        String slug = base;
        for (int n = 2; RESERVED_SLUGS.contains(slug) || repository.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static void requireEditor(Member member) {
        if (!Editors.isEditor(member)) {
            throw new ForbiddenException("Only editors write articles.");
        }
    }
}
