package org.roleatlas.system;

import java.util.Objects;

/**
 * Input that cannot be used, located in its source: the message reads {@code source:line: reason} so an author
 * can jump to the line ({@code source: reason} when the problem is the file as a whole, line 0).
 */
public class SourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String reason;

    public SourceException(String source, int line, String reason) {
        super(locate(source, line) + ": " + reason);
        this.source = Objects.requireNonNullElse(source, "<input>");
        this.line = line;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static String locate(String source, int line) {
        String name = Objects.requireNonNullElse(source, "<input>");
        return line > 0 ? name + ":" + line : name;
    }

    /** Name of the text the problem was found in, e.g. a file name. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, or 0 for the source as a whole. */
    public int line() {
        return line;
    }

    /** The problem itself, without the location prefix. */
    public String reason() {
        return reason;
    }
}
