package org.roleatlas.compare;

import org.roleatlas.system.SourceException;

/** A Markdown table could not be read; the message starts with {@code source:line: }. */
public class MarkdownTableException extends SourceException {

    private static final long serialVersionUID = 1L;

    public MarkdownTableException(String source, int line, String reason) {
        super(source, line, reason);
    }
}
