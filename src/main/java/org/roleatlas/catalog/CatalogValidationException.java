package org.roleatlas.catalog;

import java.util.List;

/** Thrown when a catalogue change would break the catalogue's rules; nothing was changed. */
public class CatalogValidationException extends RuntimeException {

    private final List<String> problems;

    public CatalogValidationException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
