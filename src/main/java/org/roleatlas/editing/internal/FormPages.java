package org.roleatlas.editing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The role form pages: editing, the conflict after a save that came too late, suggesting and reviewing. */
final class FormPages {

    private FormPages() {
    }

    static EditViews.Form edit(CatalogSnapshot snapshot, Role role, RoleForm form, Map<String, String> errors,
                               boolean conflict, List<RoleDiff.Change> changes) {
        return new EditViews.Form("Edit: " + role.displayName(), "/roles/" + role.slug() + "/edit", role.slug(),
                role.title(), form, RoleInputs.dimensions(snapshot), List.copyOf(RoleInputs.required(snapshot)),
                snapshot.families(), snapshot.roles(), errors, false, "Save", conflict, changes);
    }

    static EditViews.Form cells(String heading, String action, String submit, CatalogSnapshot snapshot, Role role,
                                RoleForm form, Map<String, String> errors) {
        return new EditViews.Form(heading, action, role.slug(), role.title(), form, RoleInputs.dimensions(snapshot),
                List.copyOf(RoleInputs.required(snapshot)), snapshot.families(), List.of(), errors, true, submit,
                false, List.of());
    }

    static ModelAndView page(EditViews.Form form, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", form);
        return new ModelAndView("editing/form", model, status);
    }

    /**
     * Someone saved the role first: the form again with what the editor typed, now based on the role as it reads,
     * and above it every field where the role now differs from what the editor would save.
     */
    static ModelAndView conflict(CatalogSnapshot snapshot, Role role, RoleForm typed, EditConflictException e) {
        RoleText yours;
        try {
            yours = RoleInputs.role(role.slug(), typed, snapshot);
        } catch (InvalidFieldsException invalid) {
            yours = e.current();
        }
        RoleForm again = typed.with(typed.reason(), e.version());
        return page(edit(snapshot, role, again, Map.of(), true, RoleDiff.between(e.current(), yours, snapshot)),
                HttpStatus.CONFLICT);
    }
}
