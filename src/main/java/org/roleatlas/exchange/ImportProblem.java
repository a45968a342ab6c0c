package org.roleatlas.exchange;

/** One problem with one file; line 0 means the file as a whole. */
class ImportProblem extends RuntimeException {

    ImportProblem(String source, int line, String reason) {
        super((line > 0 ? source + ":" + line : source) + ": " + reason);
    }
}
