package org.roleatlas.exchange;

import java.util.List;

/** An import was refused; nothing was imported. Every problem names its file and, where it has one, line. */
public class ImportException extends RuntimeException {

    private final List<String> problems;
    private final List<String> report;

    public ImportException(List<String> problems) {
        this(problems, List.of());
    }

    /** @param report what was read before the import was refused (how headers and labels matched, changes found) */
    public ImportException(List<String> problems, List<String> report) {
        super("nothing was imported: " + problems.get(0)
                + (problems.size() > 2 ? " (and " + (problems.size() - 1) + " more problems)"
                : problems.size() == 2 ? " (and 1 more problem)" : ""));
        this.problems = List.copyOf(problems);
        this.report = List.copyOf(report);
    }

    public List<String> problems() {
        return problems;
    }

    public List<String> report() {
        return report;
    }
}
