package org.roleatlas.compare;

import java.util.Objects;

/**
 * A Markdown table could not be read. The message always starts with {@code source:line: } so an
 * author can jump straight to the offending line of a seed or import file.
 */
public class MarkdownTableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String reason;

    public MarkdownTableException(String source, int line, String reason) {
        super(Objects.requireNonNullElse(source, "<input>") + ":" + line + ": " + reason);
        this.source = Objects.requireNonNullElse(source, "<input>");
        this.line = line;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Name of the text the table came from, e.g. a file name. */
    public String source() {
        return source;
    }

    /** 1-based line number the problem was found on. */
    public int line() {
        return line;
    }

    /** The problem itself, without the {@code source:line: } prefix. */
    public String reason() {
        return reason;
    }
}
