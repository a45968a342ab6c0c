package org.roleatlas.editing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.roleatlas.accounts.Member;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogEditing;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.editing.SuggestionDecided;
import org.roleatlas.system.errors.ConflictException;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.system.errors.NotFoundException;
import org.roleatlas.system.ratelimit.RateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members' suggested edits of a role's cells (summary and dimension values), and editors' decisions: accept (as
 * proposed or edited: a revision crediting the member) or reject with a reason.
 */
@Service
class Suggestions {

    static final int MAX_REASON = 500;

    private final Catalog catalog;
    private final CatalogEditing editing;
    private final RoleEdits edits;
    private final RevisionRepository repository;
    private final TransactionTemplate transaction;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;

    Suggestions(Catalog catalog, CatalogEditing editing, RoleEdits edits, RevisionRepository repository,
                TransactionTemplate transaction, RateLimiter rateLimiter, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.editing = editing;
        this.edits = edits;
        this.repository = repository;
        this.transaction = transaction;
        this.rateLimiter = rateLimiter;
        this.events = events;
    }

    /** A member's suggestion; at most a few an hour ({@code roleatlas.rate-limits.suggest}). */
    long suggest(Member member, String slug, RoleForm form) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = RoleEditController.role(snapshot, slug);
        RoleText current = RoleText.of(role);
        Map<String, String> errors = new LinkedHashMap<>();
        String reason = RoleInputs.reason(form.reason(), MAX_REASON, errors);
        RoleText proposed = cells(current, form, snapshot, errors);
        if (errors.isEmpty() && proposed.equals(current)) {
            errors.put("form", "Nothing changed: change at least one cell before sending the suggestion.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        rateLimiter.tryAcquire("suggest", Long.toString(member.id())).orThrow("suggesting edits");
        return transaction.execute(status -> repository.insertSuggestion(slug, member.id(), reason, current, proposed));
    }

    /** Accepts the suggestion with the cells as the editor left them in the review form. */
    RoleEdits.Saved accept(Member member, long id, RoleForm form) {
        Member editor = Editors.require(member);
        return transaction.execute(status -> {
            RevisionRepository.Suggestion suggestion = pending(id);
            CatalogSnapshot snapshot = editing.lockForEdit();
            RoleText current = edits.current(snapshot, suggestion.roleSlug(), form.version());
            Map<String, String> errors = new LinkedHashMap<>();
            String reason = RoleInputs.reason(form.reason(), RoleInputs.MAX_REASON, errors);
            RoleText next = cells(current, form, snapshot, errors);
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(errors);
            }
            RoleEdits.Saved saved = edits.write(editor, "suggestion", suggestion.proposerId(), reason, current, next);
            repository.decide(id, "accepted", editor.id(), reason, saved.revisionId());
            events.publishEvent(new SuggestionDecided(id, current.slug(), next.title(), suggestion.proposerId(),
                    editor.id(), true, reason));
            return saved;
        });
    }

    void reject(Member member, long id, String givenReason) {
        Member editor = Editors.require(member);
        transaction.executeWithoutResult(status -> {
            RevisionRepository.Suggestion suggestion = pending(id);
            Map<String, String> errors = new LinkedHashMap<>();
            String reason = RoleInputs.reason(givenReason, MAX_REASON, errors);
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(errors);
            }
            repository.decide(id, "rejected", editor.id(), reason, null);
            events.publishEvent(new SuggestionDecided(id, suggestion.roleSlug(), suggestion.base().title(),
                    suggestion.proposerId(), editor.id(), false, reason));
        });
    }

    private RevisionRepository.Suggestion pending(long id) {
        if (repository.suggestion(id).isEmpty()) {
            throw new NotFoundException("There is no suggested edit " + id + ".");
        }
        return repository.lockPending(id).orElseThrow(() -> new ConflictException(
                "This suggested edit was already accepted or rejected."));
    }

    /** The role with the summary, values and their size variants from the form; everything else as it is. */
    private static RoleText cells(RoleText current, RoleForm form, CatalogSnapshot snapshot, Map<String, String> errors) {
        String summary = RoleInputs.summary(form.summary(), errors);
        Map<String, String> values = RoleInputs.values(form, snapshot, errors);
        return current.withCells(summary, values, RoleInputs.variants(form, snapshot, errors));
    }
}
