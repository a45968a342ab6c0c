package org.roleatlas.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.roleatlas.system.CliCommand;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "import", description = "Import roles and frameworks (.yaml, .yml, .json) and comparison tables (.md, .txt), "
        + "or every such file in a directory. All files or nothing: on any problem nothing is imported and every problem "
        + "is listed with file and line. Prints how each column header matched and what changes in each role.")
class ImportCommand implements CliCommand, Callable<Integer> {

    private final CatalogImporter importer;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*")
    List<Path> files;

    @Option(names = "--dry-run", description = "check and report what would change, but change nothing")
    boolean dryRun;

    @Option(names = "--last-wins", description = "when files give different texts for one role and dimension, "
            + "the later file wins (reported) instead of refusing the import")
    boolean lastWins;

    @Option(names = "--create-roles", description = "a column header that matches no role creates a new role "
            + "(it then needs a text for every dimension of the default framework)")
    boolean createRoles;

    @Option(names = "--keep-unresolved", description = "a role name in a Reporting Relationship or Professional "
            + "Development cell that matches no role stays text only (reported) instead of refusing the import")
    boolean keepUnresolved;

    ImportCommand(CatalogImporter importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() {
        ImportOptions options = new ImportOptions(dryRun, lastWins, createRoles, keepUnresolved);
        try {
            System.out.println(importer.run(files, options).text());
            return 0;
        } catch (ImportException e) {
            e.report().forEach(System.out::println);
            System.err.println("roleatlas: " + e.getMessage());
            e.problems().stream().skip(1).forEach(p -> System.err.println("  " + p));
            return 1;
        }
    }
}
