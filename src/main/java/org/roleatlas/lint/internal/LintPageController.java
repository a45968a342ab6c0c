package org.roleatlas.lint.internal;

import java.util.List;
import java.util.Map;

import org.roleatlas.accounts.Authority;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogLint;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.system.errors.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /catalog/lint}: the lint findings of the catalogue as it is now, for editors. */
@Controller
class LintPageController {

    private final Catalog catalog;

    LintPageController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog/lint")
    ModelAndView lint(@SignedIn Member member) {
        if (member == null || !member.active() || !member.authorities().contains(Authority.EDITOR)) {
            throw new ForbiddenException("Only editors see the catalogue's lint findings.");
        }
        CatalogSnapshot snapshot = catalog.snapshot();
        List<LintPage.Row> rows = CatalogLint.check(snapshot).stream().map(f -> new LintPage.Row(f.role(),
                snapshot.role(f.role()).map(Role::displayName).orElse(f.role()), f.rule().key(), f.rule().description(),
                f.field(), f.message())).toList();
        return new ModelAndView("lint/page", Map.of("page",
                new LintPage(snapshot.roles().size(), rows, List.of(CatalogLint.Rule.values()))));
    }
}
