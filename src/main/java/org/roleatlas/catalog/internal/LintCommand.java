package org.roleatlas.catalog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogLint;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.internal.CatalogRepository.RoleOrigin;
import org.roleatlas.system.CliCommand;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "lint", description = "Check the catalogue for contradictions and gaps: dangling links, reporting cycles, "
        + "links that disagree with the Reporting Relationship or Team Management text, next roles down the level ladder, "
        + "one name on two roles, missing values and levels. Prints one finding a line with its file; exit status 1 "
        + "when there are findings.")
class LintCommand implements CliCommand, Callable<Integer> {

    @Option(names = "--shipped", description = "check the catalogue files shipped in this build instead of the database")
    boolean shipped;

    private final Catalog catalog;
    private final CatalogRepository repository;

    LintCommand(Catalog catalog, CatalogRepository repository) {
        this.catalog = catalog;
        this.repository = repository;
    }

    @Override
    public Integer call() {
        ShippedCatalog files = ShippedCatalog.fromClasspath();
        Map<String, Located<Role>> shippedRoles = new HashMap<>();
        files.document().roles().forEach(r -> shippedRoles.put(r.item().slug(), r));
        CatalogSnapshot snapshot = shipped ? CatalogLint.snapshotOf(files.document()) : catalog.snapshot();
        Map<String, RoleOrigin> origins = shipped ? Map.of() : repository.roleOrigins();
        List<String> lines = report(CatalogLint.check(snapshot), finding -> {
            RoleOrigin origin = origins.get(finding.role());
            Located<Role> file = shippedRoles.get(finding.role());
            if (file == null || origin != null && (origin.edited() || !"shipped".equals(origin.origin()))) {
                return "database (edited or imported)";
            }
            return file.where(finding.field());
        });
        lines.forEach(System.out::println);
        if (lines.isEmpty()) {
            System.out.println("no findings in " + snapshot.roles().size() + " roles");
            return 0;
        }
        System.out.println(lines.size() + (lines.size() == 1 ? " finding" : " findings") + " in "
                + snapshot.roles().size() + " roles");
        return 1;
    }

    /** "catalog/roles/tech-lead.yaml:14  team-management  tech-lead: ..." */
    static List<String> report(List<CatalogLint.Finding> findings, Function<CatalogLint.Finding, String> where) {
        return findings.stream().map(f -> where.apply(f) + "  " + f).toList();
    }
}
