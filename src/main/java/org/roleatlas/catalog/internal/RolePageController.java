package org.roleatlas.catalog.internal;

import java.util.List;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.SizeBand;
import org.roleatlas.search.Related;
import org.roleatlas.catalog.RolePageSections;
import org.roleatlas.system.errors.NotFoundException;
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

    @GetMapping("/roles/{slug}")
    String role(@PathVariable String slug, @RequestParam(required = false) String size, Model model,
                jakarta.servlet.http.HttpServletRequest request) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = snapshot.resolve(slug).orElseThrow(() -> unknownRole(snapshot, slug));
        SizeBand band = SizeBand.parameter(size);
        if (!role.slug().equals(slug)) {
            return "redirect:/roles/" + role.slug() + (band == null ? "" : "?size=" + band.key().replace("+", "%2B"));
        }
        model.addAttribute("view", RoleView.of(role, snapshot));
        model.addAttribute("reportingChart", OrgCharts.hasReportingLine(snapshot, role) ? OrgCharts.reportingLine(snapshot, role) : null);
        model.addAttribute("size", band);
        model.addAttribute("variantBands", variantBands(role));
        model.addAttribute("related", related.to(RoleSearchSource.TYPE, role.slug(), RELATED));
        model.addAttribute("sections", sections.stream().flatMap(s -> s.sectionFor(role).stream()).toList());
        // the links to edit (editors) or suggest an edit (members); the edit pages check the member afresh
        boolean editor = request.getUserPrincipal() != null && request.isUserInRole("EDITOR");
        model.addAttribute("editing", new RoleView.Editing(editor, editor && editing.shippedChanged(role.slug())));
        return "catalog/role";
    }

    /** The company sizes the role has a variant for in any dimension, smallest first. */
    static List<SizeBand> variantBands(Role role) {
        return java.util.Arrays.stream(SizeBand.values())
                .filter(band -> role.variants().values().stream().anyMatch(texts -> texts.containsKey(band.key()))).toList();
    }

    static NotFoundException unknownRole(CatalogSnapshot snapshot, String name) {
        List<NotFoundException.Suggestion> suggestions = snapshot.suggestions(name, 5).stream()
                .map(r -> new NotFoundException.Suggestion(r.displayName(), "/roles/" + r.slug())).toList();
        return new NotFoundException("There is no role '" + name + "' in the catalogue.", suggestions);
    }
}
