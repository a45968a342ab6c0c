package org.roleatlas.catalog.internal;

import java.util.List;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleLevel;
import org.roleatlas.system.CliException;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "show", description = "Print one role's profile and links. The role may be named by slug, title or abbreviation.")
class ShowCommand extends SnapshotCommand {

    @Parameters(paramLabel = "SLUG", description = "the role, e.g. cto or VPE")
    String name;

    ShowCommand(Catalog catalog) {
        super(catalog);
    }

    @Override
    void print(CatalogSnapshot snapshot) {
        Role role = snapshot.resolve(name).orElseThrow(() -> new CliException("no role '" + name + "'"
                + didYouMean(snapshot.suggestions(name, 5))));
        System.out.println(role.displayName() + "  (" + role.slug() + ", " + snapshot.familyLabel(role.familyKey()) + ")");
        System.out.println(role.summary());
        if (!role.aliases().isEmpty()) {
            System.out.println("Also called: " + String.join(", ", role.aliases()));
        }
        if (role.level() != RoleLevel.NOT_SET) {
            System.out.println("Level: " + RoleLevel.label(role.level()));
        }
        System.out.println("Reports to: " + titles(role.reportsTo(), snapshot));
        optional("Sometimes reports to: ", role.sometimesReportsTo());
        optional("Dotted line to: ", role.dottedLineTo());
        System.out.println("Next roles: " + titles(role.nextRoles(), snapshot));
        System.out.println("Reported to by: " + String.join(", ", snapshot.reportedBy(role.slug()).stream().map(Role::slug).toList()));
        optional("Sometimes reported to by: ", snapshot.roles().stream()
                .filter(r -> r.sometimesReportsTo().contains(role.slug())).map(Role::slug).toList());
        optional("Dotted line from: ", snapshot.roles().stream()
                .filter(r -> r.dottedLineTo().contains(role.slug())).map(Role::slug).toList());
        for (Framework framework : snapshot.frameworks()) {
            System.out.println();
            System.out.println("== " + framework.name());
            for (Dimension d : framework.dimensions()) {
                String value = role.value(d.key());
                System.out.println(d.label() + ": " + (value.isBlank() ? "—" : value));
            }
        }
    }

    private static void optional(String label, List<String> slugs) {
        if (!slugs.isEmpty()) {
            System.out.println(label + String.join(", ", slugs));
        }
    }

    private static String titles(List<String> slugs, CatalogSnapshot snapshot) {
        return slugs.isEmpty() ? "—" : String.join(", ", slugs);
    }

    static String didYouMean(List<Role> suggestions) {
        return suggestions.isEmpty() ? "" : " (did you mean: " + String.join(", ", suggestions.stream().map(Role::slug).toList()) + "?)";
    }
}
