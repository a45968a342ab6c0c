package org.roleatlas.compare;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.roleatlas.catalog.SizeBand;
import org.roleatlas.system.CliCommand;
import org.roleatlas.system.CliException;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "compare", description = "Print a comparison of 2 to 6 roles to standard output.")
class CompareCommand implements CliCommand, Callable<Integer> {

    private final Comparisons comparisons;

    @Parameters(paramLabel = "SLUG", arity = "1..*", description = "roles by slug, title or abbreviation, in column order")
    List<String> roles;

    @Option(names = "--framework", description = "framework key (default: default)")
    String framework;

    @Option(names = "--format", defaultValue = "text", description = "markdown, csv, json or text (default: text)")
    String format;

    @Option(names = "--diff", description = "leave out rows that read the same for every role")
    boolean differencesOnly;

    @Option(names = "--size", description = "company size band (1-50, 51-200, 201-1000, 1001-10000, 10001+): show each"
            + " role's variant for that size where it has one")
    String size;

    @Option(names = "--structure", description = "begin with the structured rows (reports to, direct reports, next roles)"
            + " as the web page does; without it the output holds the framework's dimensions only and imports back as it is")
    boolean structure;

    CompareCommand(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @Override
    public Integer call() {
        Comparison comparison;
        try {
            SizeBand band = SizeBand.parameter(size);
            comparison = structure || band != null ? comparisons.structured(roles, framework, differencesOnly, band)
                    : comparisons.compare(roles, framework, differencesOnly);
        } catch (org.roleatlas.system.errors.InvalidFieldsException e) {
            throw new CliException("--size: " + e.getMessage());
        } catch (NotFoundException e) {
            List<String> hints = e.suggestions().stream().map(NotFoundException.Suggestion::label).toList();
            throw new CliException(e.getMessage() + (hints.isEmpty() ? "" : " Did you mean: " + String.join(", ", hints) + "?"));
        }
        String output = switch (format.toLowerCase(Locale.ROOT)) {
            case "markdown", "md" -> ComparisonExports.markdown(comparison);
            case "csv" -> ComparisonExports.csv(comparison);
            case "json" -> ComparisonExports.json(comparison) + "\n";
            case "text" -> ComparisonExports.text(comparison);
            default -> throw new CliException("unknown format '" + format + "'; use markdown, csv, json or text");
        };
        System.out.print(output);
        System.out.flush();
        return 0;
    }
}
