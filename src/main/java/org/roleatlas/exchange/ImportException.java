package org.roleatlas.exchange;

import java.util.List;

/** An import was refused; nothing was imported. Every problem names its file and, where it has one, line. */
public class ImportException extends RuntimeException {

    private final List<String> problems;

    public ImportException(List<String> problems) {
        super("nothing was imported: " + problems.get(0)
                + (problems.size() > 2 ? " (and " + (problems.size() - 1) + " more problems)"
                : problems.size() == 2 ? " (and 1 more problem)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
