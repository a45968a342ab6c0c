package org.roleatlas.catalog.internal;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.system.CliException;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "roles", description = "List the catalogue's roles: slug, title, family.")
class RolesCommand extends SnapshotCommand {

    @Option(names = "--family", description = "only this family (e.g. executive)")
    String family;

    RolesCommand(Catalog catalog) {
        super(catalog);
    }

    @Override
    void print(CatalogSnapshot snapshot) {
        if (family != null && snapshot.family(family).isEmpty()) {
            throw new CliException("no family '" + family + "'; families: "
                    + String.join(", ", snapshot.families().stream().map(f -> f.key()).toList()));
        }
        int width = snapshot.roles().stream().mapToInt(r -> r.slug().length()).max().orElse(10);
        for (Role r : family == null ? snapshot.roles() : snapshot.roles(family)) {
            System.out.printf("%-" + width + "s  %s  [%s]%n", r.slug(), r.displayName(), snapshot.familyLabel(r.familyKey()));
        }
    }
}
