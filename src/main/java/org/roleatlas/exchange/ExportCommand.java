package org.roleatlas.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.roleatlas.system.CliCommand;
import org.roleatlas.system.CliException;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "export", description = "Export the catalogue as YAML or JSON: one bundle to standard output, "
        + "or with --out a directory laid out like the shipped catalogue (families, frameworks/, roles/).")
class ExportCommand implements CliCommand, Callable<Integer> {

    private final CatalogExporter exporter;

    @Option(names = "--format", defaultValue = "yaml", description = "yaml or json (default: yaml)")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "write one file per role and framework under DIR")
    Path out;

    ExportCommand(CatalogExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public Integer call() {
        CatalogExporter.Format chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "yaml", "yml" -> CatalogExporter.Format.YAML;
            case "json" -> CatalogExporter.Format.JSON;
            default -> throw new CliException("unknown format '" + format + "'; use yaml or json");
        };
        if (out == null) {
            System.out.print(exporter.bundle(chosen));
        } else {
            int files = exporter.toDirectory(out, chosen).size();
            System.out.println("Wrote " + files + " files to " + out.toAbsolutePath().normalize());
        }
        return 0;
    }
}
