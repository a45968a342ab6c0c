package org.roleatlas.editing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleVersions;
import org.roleatlas.system.errors.ForbiddenException;
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

/** "Suggest an edit" for members, and the editors' queue where suggestions are accepted or rejected. */
@Controller
record SuggestionController(Catalog catalog, Suggestions suggestions, RevisionRepository repository, People people) {

    private static final int QUEUE = 100;

    @GetMapping("/roles/{slug}/suggest")
    ModelAndView suggestForm(@PathVariable String slug, @SignedIn Member member) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = RoleEditController.role(snapshot, slug);
        return suggestPage(snapshot, role, RoleForm.of(RoleText.of(role), snapshot, "", RoleVersions.of(role)),
                Map.of(), HttpStatus.OK);
    }

    @PostMapping("/roles/{slug}/suggest")
    ModelAndView suggest(@PathVariable String slug, @SignedIn Member member,
                         @RequestParam MultiValueMap<String, String> params) {
        RoleForm form = RoleForm.from(params);
        try {
            return new ModelAndView("redirect:/suggestions/" + suggestions.suggest(member, slug, form));
        } catch (InvalidFieldsException e) {
            CatalogSnapshot snapshot = catalog.snapshot();
            return suggestPage(snapshot, RoleEditController.role(snapshot, slug), form, e.errors(), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/suggestions")
    ModelAndView queue(@SignedIn Member member) {
        Editors.require(member);
        List<RevisionRepository.Suggestion> pending = repository.pending(QUEUE);
        CatalogSnapshot snapshot = catalog.snapshot();
        Function<Long, EditViews.Person> named = people.named(pending.stream().map(RevisionRepository.Suggestion::proposerId).toList());
        return new ModelAndView("editing/queue", Map.of("items",
                pending.stream().map(s -> item(s, snapshot, named)).toList()));
    }

    /** A suggestion: for its proposer what became of it, for editors the review form. */
    @GetMapping("/suggestions/{id}")
    ModelAndView suggestion(@PathVariable long id, @SignedIn Member member) {
        return review(id, member, null, Map.of(), HttpStatus.OK);
    }

    @PostMapping("/suggestions/{id}/accept")
    ModelAndView accept(@PathVariable long id, @SignedIn Member member,
                        @RequestParam MultiValueMap<String, String> params) {
        RoleForm form = RoleForm.from(params);
        try {
            suggestions.accept(member, id, form);
            return new ModelAndView("redirect:/suggestions");
        } catch (InvalidFieldsException e) {
            return review(id, member, form, e.errors(), HttpStatus.BAD_REQUEST);
        } catch (EditConflictException e) {
            Map<String, String> errors = Map.of("form", e.getMessage() + " The form now shows the role as it reads "
                    + "with the suggested changes; check it and accept again.");
            return review(id, member, null, errors, HttpStatus.CONFLICT);
        }
    }

    @PostMapping("/suggestions/{id}/reject")
    ModelAndView reject(@PathVariable long id, @SignedIn Member member,
                        @RequestParam(defaultValue = "") String reason) {
        try {
            suggestions.reject(member, id, reason);
            return new ModelAndView("redirect:/suggestions");
        } catch (InvalidFieldsException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((field, message) -> errors.put("reject-" + field, message));
            return review(id, member, null, errors, HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView review(long id, Member member, RoleForm typed, Map<String, String> errors, HttpStatus status) {
        RevisionRepository.Suggestion s = repository.suggestion(id)
                .orElseThrow(() -> new NotFoundException("There is no suggested edit " + id + "."));
        boolean editor = Editors.isEditor(member);
        if (!editor && s.proposerId() != member.id()) {
            throw new ForbiddenException("Only editors and the member who suggested it read a suggested edit.");
        }
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = RoleEditController.role(snapshot, s.roleSlug());
        List<Long> ids = new ArrayList<>(List.of(s.proposerId()));
        if (s.decidedBy() != null) {
            ids.add(s.decidedBy());
        }
        EditViews.SuggestionItem item = item(s, snapshot, people.named(ids));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("item", item);
        model.put("editor", editor);
        model.put("errors", errors);
        if (editor && s.pending()) {
            RoleForm form = typed != null ? typed : proposedOnCurrent(s, role, snapshot);
            model.put("page", FormPages.cells("Review", "/suggestions/" + id + "/accept", "Accept", snapshot, role,
                    form, errors));
        }
        return new ModelAndView("editing/suggestion", model, status);
    }

    /**
     * The review form: the role as it reads now, with each cell the member changed as the member would have it (so a
     * change saved since the suggestion is kept unless the suggestion itself changed that cell).
     */
    private static RoleForm proposedOnCurrent(RevisionRepository.Suggestion s, Role role, CatalogSnapshot snapshot) {
        RoleText current = RoleText.of(role);
        Map<String, String> values = new LinkedHashMap<>(current.values());
        RoleInputs.dimensions(snapshot).forEach(d -> {
            if (!s.base().value(d.key()).equals(s.proposed().value(d.key()))) {
                values.put(d.key(), s.proposed().value(d.key()));
            }
        });
        Map<String, Map<String, String>> variants = new java.util.TreeMap<>();
        current.variants().forEach((key, bands) -> variants.put(key, new java.util.TreeMap<>(bands)));
        RoleInputs.dimensions(snapshot).forEach(d -> java.util.Arrays.stream(org.roleatlas.catalog.SizeBand.values()).forEach(band -> {
            String proposed = s.proposed().variant(d.key(), band.key());
            if (!s.base().variant(d.key(), band.key()).equals(proposed)) {
                variants.computeIfAbsent(d.key(), k -> new java.util.TreeMap<>()).put(band.key(), proposed);
            }
        }));
        String summary = s.base().summary().equals(s.proposed().summary()) ? current.summary() : s.proposed().summary();
        RoleText merged = current.withCells(summary, values, variants);
        return RoleForm.of(merged, snapshot, ("Suggested: " + s.reason()).substring(0,
                Math.min(RoleInputs.MAX_REASON, ("Suggested: " + s.reason()).length())), RoleVersions.of(role));
    }

    private static EditViews.SuggestionItem item(RevisionRepository.Suggestion s, CatalogSnapshot snapshot,
                                                 Function<Long, EditViews.Person> named) {
        String title = snapshot.role(s.roleSlug()).map(Role::title).orElse(s.base().title());
        return new EditViews.SuggestionItem(s.id(), s.roleSlug(), title, named.apply(s.proposerId()), s.reason(),
                s.createdAt(), s.status(), named.apply(s.decidedBy()), s.decisionReason(),
                RoleDiff.between(s.base(), s.proposed(), snapshot));
    }

    private ModelAndView suggestPage(CatalogSnapshot snapshot, Role role, RoleForm form, Map<String, String> errors,
                                     HttpStatus status) {
        return FormPages.page(FormPages.cells("Suggest an edit: " + role.displayName(), "/roles/" + role.slug()
                + "/suggest", "Send the suggestion", snapshot, role, form, errors), status);
    }
}
