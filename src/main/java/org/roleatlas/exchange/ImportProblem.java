package org.roleatlas.exchange;

import org.roleatlas.system.SourceException;

/** One problem with one import file; line 0 means the file as a whole. */
class ImportProblem extends SourceException {

    private static final long serialVersionUID = 1L;

    ImportProblem(String source, int line, String reason) {
        super(source, line, reason);
    }
}
