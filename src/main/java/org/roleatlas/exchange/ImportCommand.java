package org.roleatlas.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.roleatlas.system.CliCommand;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "import", description = "Import roles and frameworks (.yaml, .yml, .json) and comparison tables (.md, .txt). "
        + "All files or nothing: on any problem nothing is imported and every problem is listed with file and line.")
class ImportCommand implements CliCommand, Callable<Integer> {

    private final CatalogImporter importer;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    ImportCommand(CatalogImporter importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() {
        try {
            System.out.println(importer.importFiles(files).describe());
            return 0;
        } catch (ImportException e) {
            System.err.println("roleatlas: " + e.getMessage());
            e.problems().stream().skip(1).forEach(p -> System.err.println("  " + p));
            return 1;
        }
    }
}
