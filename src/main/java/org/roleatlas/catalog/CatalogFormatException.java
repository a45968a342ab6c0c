package org.roleatlas.catalog;

import org.roleatlas.system.SourceException;

/** A catalogue file that cannot be read: names the file and the 1-based line. */
public class CatalogFormatException extends SourceException {

    private static final long serialVersionUID = 1L;

    public CatalogFormatException(String source, int line, String reason) {
        super(source, line, reason);
    }
}
