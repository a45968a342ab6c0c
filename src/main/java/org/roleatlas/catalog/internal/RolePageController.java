package org.roleatlas.catalog.internal;

import java.util.List;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.ReportingLines;
import org.roleatlas.catalog.Role;
import org.roleatlas.search.Related;
import org.roleatlas.catalog.RolePageSections;
import org.roleatlas.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue pages: all roles by family, and one role's profile with its links. */
@Controller
class RolePageController {

    static final int RELATED = 5;

    private final Catalog catalog;
    private final List<RolePageSections> sections;
    private final Related related;
    private final CatalogService editing;

    /** @param sections what other modules add to role pages (articles...), in bean order */
    RolePageController(Catalog catalog, List<RolePageSections> sections, Related related, CatalogService editing) {
        this.editing = editing;
        this.catalog = catalog;
        this.sections = List.copyOf(sections);
        this.related = related;
    }

    /** The catalogue by family; {@code q} narrows it to roles whose names match (title, abbreviation, alias). */
    @GetMapping("/roles")
    String roles(@RequestParam(required = false) String q, Model model) {
        CatalogSnapshot snapshot = catalog.snapshot();
        String query = q == null ? "" : q.strip();
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("query", query);
        model.addAttribute("matches", query.isEmpty() ? snapshot.roles() : snapshot.matching(query, snapshot.roles().size()));
        return "catalog/roles";
    }

    /** The whole catalogue drawn as an organisation: each role under its usual manager. */
    @GetMapping("/org-chart")
    String orgChart(Model model) {
        CatalogSnapshot snapshot = catalog.snapshot();
        model.addAttribute("roots", new ReportingLines(snapshot).tree());
        model.addAttribute("roleCount", snapshot.roles().size());
        return "catalog/org-chart";
    }

    @GetMapping("/roles/{slug}")
    String role(@PathVariable String slug, Model model, jakarta.servlet.http.HttpServletRequest request) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = snapshot.resolve(slug).orElseThrow(() -> unknownRole(snapshot, slug));
        if (!role.slug().equals(slug)) {
            return "redirect:/roles/" + role.slug();
        }
        model.addAttribute("view", RoleView.of(role, snapshot));
        model.addAttribute("related", related.to(RoleSearchSource.TYPE, role.slug(), RELATED));
        model.addAttribute("sections", sections.stream().flatMap(s -> s.sectionFor(role).stream()).toList());
        // the links to edit (editors) or suggest an edit (members); the edit pages check the member afresh
        boolean editor = request.getUserPrincipal() != null && request.isUserInRole("EDITOR");
        model.addAttribute("editing", new RoleView.Editing(editor, editor && editing.shippedChanged(role.slug())));
        return "catalog/role";
    }

    static NotFoundException unknownRole(CatalogSnapshot snapshot, String name) {
        List<NotFoundException.Suggestion> suggestions = snapshot.suggestions(name, 5).stream()
                .map(r -> new NotFoundException.Suggestion(r.displayName(), "/roles/" + r.slug())).toList();
        return new NotFoundException("There is no role '" + name + "' in the catalogue.", suggestions);
    }
}
