package org.roleatlas.editing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.accounts.Member;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogDocument;
import org.roleatlas.catalog.CatalogEditing;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.CatalogValidationException;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleVersions;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves editors' changes to roles: each in one transaction that takes the catalogue's write lock, refuses a save
 * based on an older version of the role ({@link EditConflictException}), writes the revision and applies the role.
 */
@Service
record RoleEdits(Catalog catalog, CatalogEditing editing, RevisionRepository revisions, TransactionTemplate transaction) {

    /** What a save left: the revision and the role's new version. */
    record Saved(long revisionId, String version) {
    }

    /** An editor's save of the whole role form. */
    Saved save(Member member, String slug, RoleForm form) {
        Member editor = Editors.require(member);
        return transaction.execute(status -> {
            CatalogSnapshot snapshot = editing.lockForEdit();
            RoleText current = current(snapshot, slug, form.version());
            Map<String, String> errors = new LinkedHashMap<>();
            String reason = RoleInputs.reason(form.reason(), RoleInputs.MAX_REASON, errors);
            RoleText next;
            try {
                next = RoleInputs.role(slug, form, snapshot);
            } catch (InvalidFieldsException e) {
                errors.putAll(e.errors());
                throw new InvalidFieldsException(errors);
            }
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(errors);
            }
            return write(editor, "edit", null, reason, current, next);
        });
    }

    /**
     * Makes the role read as {@code target} again (an earlier revision, or the shipped text); a new revision.
     * {@code shipped}: the target is this release's shipped text, so later releases upgrade the role again.
     */
    Saved restore(Member member, String slug, RoleText target, String version, String givenReason, String kind,
                  boolean shipped) {
        Member editor = Editors.require(member);
        return transaction.execute(status -> {
            CatalogSnapshot snapshot = editing.lockForEdit();
            RoleText current = current(snapshot, slug, version);
            Map<String, String> errors = new LinkedHashMap<>();
            String reason = RoleInputs.reason(givenReason, RoleInputs.MAX_REASON, errors);
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(errors);
            }
            Saved saved = current.equals(target) ? new Saved(0, version) : write(editor, kind, null, reason, current, target);
            if (shipped) {
                editing.settleShipped(slug, true);
            }
            return saved;
        });
    }

    /** Leaves an edited role as it is although its shipped text changed; it is no longer listed as changed. */
    void ignoreShipped(Member member, String slug) {
        Editors.require(member);
        transaction.executeWithoutResult(status -> {
            editing.lockForEdit();
            editing.settleShipped(slug, false);
        });
    }

    /**
     * Within the caller's transaction, under the lock: the role as it reads now, after checking that it is the
     * version the editor started from.
     */
    RoleText current(CatalogSnapshot locked, String slug, String version) {
        Role role = locked.role(slug).orElseThrow(() -> new NotFoundException("There is no role '" + slug + "'."));
        RoleText current = RoleText.of(role);
        String now = RoleVersions.of(role);
        if (!now.equals(version)) {
            throw new EditConflictException(current, now);
        }
        return current;
    }

    /** Within the caller's transaction, under the lock: the revision, then the role itself. */
    Saved write(Member editor, String kind, Long credited, String reason, RoleText before, RoleText after) {
        if (before.equals(after)) {
            throw new InvalidFieldsException("form", "Nothing to save: the role already reads like this.");
        }
        long id = revisions.insertRevision(kind, editor.id(), credited, reason, before, after);
        Role role = after.toRole();
        try {
            catalog.apply(CatalogDocument.ofRoles("role " + role.slug(), List.of(role)));
        } catch (CatalogValidationException e) {
            throw new InvalidFieldsException("form", String.join("; ", e.problems()));
        }
        return new Saved(id, RoleVersions.of(role));
    }
}
