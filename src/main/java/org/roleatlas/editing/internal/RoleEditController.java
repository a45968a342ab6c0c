package org.roleatlas.editing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogEditing;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleVersions;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Editors' pages for a role: the edit form, the history with restore, and the shipped text to adopt or ignore. */
@Controller
record RoleEditController(Catalog catalog, CatalogEditing editing, RoleEdits edits, RevisionRepository revisions, People people) {

    @GetMapping("/roles/{slug}/edit")
    ModelAndView editForm(@PathVariable String slug, @SignedIn Member member) {
        Editors.require(member);
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = role(snapshot, slug);
        RoleForm form = RoleForm.of(RoleText.of(role), snapshot, "", RoleVersions.of(role));
        return FormPages.page(FormPages.edit(snapshot, role, form, Map.of(), false, List.of()), HttpStatus.OK);
    }

    @PostMapping("/roles/{slug}/edit")
    ModelAndView save(@PathVariable String slug, @SignedIn Member member,
                      @RequestParam MultiValueMap<String, String> params) {
        RoleForm form = RoleForm.from(params);
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = role(snapshot, slug);
        try {
            edits.save(member, slug, form);
            return new ModelAndView("redirect:/roles/" + slug + "/history");
        } catch (InvalidFieldsException e) {
            return FormPages.page(FormPages.edit(snapshot, role, form, e.errors(), false, List.of()),
                    HttpStatus.BAD_REQUEST);
        } catch (EditConflictException e) {
            return FormPages.conflict(snapshot, role, form, e);
        }
    }

    @GetMapping("/roles/{slug}/history")
    ModelAndView history(@PathVariable String slug, @SignedIn Optional<Member> viewer) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = role(snapshot, slug);
        List<RevisionRepository.Revision> saved = revisions.revisions(slug);
        List<Long> ids = new ArrayList<>();
        saved.forEach(r -> {
            ids.add(r.authorId());
            ids.add(r.creditedId());
        });
        Function<Long, EditViews.Person> named = people.named(ids);
        List<EditViews.Entry> entries = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            RevisionRepository.Revision r = saved.get(i);
            entries.add(new EditViews.Entry(r.id(), saved.size() - i, r.kind(), named.apply(r.authorId()),
                    named.apply(r.creditedId()), r.createdAt(), r.reason(), RoleDiff.between(r.before(), r.after(), snapshot)));
        }
        List<RoleDiff.Change> shipped = editing.shipped(slug)
                .map(s -> RoleDiff.between(RoleText.of(role), RoleText.of(s), snapshot)).orElse(null);
        boolean editor = viewer.filter(Editors::isEditor).isPresent();
        return new ModelAndView("editing/history", Map.of("history", new EditViews.History(slug, role.title(), entries,
                shipped, editor, RoleVersions.of(role))));
    }

    /** Restores a revision's text ({@code revision} its id) or the shipped text ({@code revision=shipped}). */
    @PostMapping("/roles/{slug}/restore")
    ModelAndView restore(@PathVariable String slug, @SignedIn Member member, @RequestParam String revision,
                         @RequestParam(defaultValue = "") String version, @RequestParam(defaultValue = "") String reason) {
        boolean shipped = "shipped".equals(revision);
        RoleText target = shipped
                ? RoleText.of(editing.shipped(slug).orElseThrow(() -> new NotFoundException("The role '" + slug
                        + "' does not ship with RoleAtlas.")))
                : revisions.revision(slug, parse(revision)).map(RevisionRepository.Revision::after)
                        .orElseThrow(() -> new NotFoundException("The role '" + slug + "' has no revision " + revision + "."));
        return settle(slug, member, target, version, reason, shipped ? "shipped" : "restore", shipped);
    }

    /** Editors' list of edited roles whose shipped text changed in this release. */
    @GetMapping("/editing/shipped")
    ModelAndView shippedChanges(@SignedIn Member member) {
        Editors.require(member);
        CatalogSnapshot snapshot = catalog.snapshot();
        List<EditViews.ShippedChange> changes = editing.shippedChanges().stream()
                .map(c -> shippedChange(c.current(), c.shipped(), snapshot)).toList();
        return new ModelAndView("editing/shipped", Map.of("changes", changes, "single", false));
    }

    @GetMapping("/roles/{slug}/shipped")
    ModelAndView shippedChange(@PathVariable String slug, @SignedIn Member member) {
        Editors.require(member);
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = role(snapshot, slug);
        Role shipped = editing.shipped(slug).orElseThrow(() -> new NotFoundException("The role '" + slug
                + "' does not ship with RoleAtlas."));
        List<EditViews.ShippedChange> changes = editing.shippedChanged(slug)
                ? List.of(shippedChange(role, shipped, snapshot)) : List.of();
        return new ModelAndView("editing/shipped", Map.of("changes", changes, "single", true));
    }

    /** Ignores the changed shipped text: the role stays as edited and is no longer listed. */
    @PostMapping("/roles/{slug}/shipped/ignore")
    ModelAndView ignoreShipped(@PathVariable String slug, @SignedIn Member member) {
        edits.ignoreShipped(member, slug);
        return new ModelAndView("redirect:/editing/shipped");
    }

    private ModelAndView settle(String slug, Member member, RoleText target, String version, String reason,
                                String kind, boolean shipped) {
        try {
            edits.restore(member, slug, target, version, reason, kind, shipped);
            return new ModelAndView("redirect:/roles/" + slug + "/history");
        } catch (InvalidFieldsException e) {
            Map<String, Object> model = new HashMap<>();
            model.put("status", 400);
            model.put("title", "Not restored");
            model.put("detail", String.join(" ", e.errors().values()));
            model.put("suggestions", List.of(new org.roleatlas.system.errors.NotFoundException.Suggestion(
                    "Back to the history", "/roles/" + slug + "/history")));
            return new ModelAndView("system/error", model, HttpStatus.BAD_REQUEST);
        } catch (EditConflictException e) {
            Map<String, Object> model = new HashMap<>();
            model.put("status", 409);
            model.put("title", "Changed meanwhile");
            model.put("detail", e.getMessage() + " Nothing was restored; read the history again and decide.");
            model.put("suggestions", List.of(new org.roleatlas.system.errors.NotFoundException.Suggestion(
                    "The history as it is now", "/roles/" + slug + "/history")));
            return new ModelAndView("system/error", model, HttpStatus.CONFLICT);
        }
    }

    private static EditViews.ShippedChange shippedChange(Role current, Role shipped, CatalogSnapshot snapshot) {
        return new EditViews.ShippedChange(current.slug(), current.title(),
                RoleDiff.between(RoleText.of(current), RoleText.of(shipped), snapshot), RoleVersions.of(current));
    }

    static Role role(CatalogSnapshot snapshot, String slug) {
        return snapshot.role(slug).orElseThrow(() -> new NotFoundException("There is no role '" + slug + "' in the catalogue."));
    }

    private static long parse(String revision) {
        try {
            return Long.parseLong(revision);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no revision '" + revision + "'.");
        }
    }
}
