package org.roleatlas.catalog;

/** A catalogue file that cannot be read: names the file and the 1-based line. */
public class CatalogFormatException extends RuntimeException {

    private final String source;
    private final int line;
    private final String reason;

    public CatalogFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
