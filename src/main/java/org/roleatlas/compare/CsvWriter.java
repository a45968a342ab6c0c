package org.roleatlas.compare;

import java.util.List;
import java.util.Objects;

/** Writes comparison tables as RFC 4180 CSV, which spreadsheet tools open without an import dialog. */
public final class CsvWriter {

    private static final String CRLF = "\r\n";

    private CsvWriter() {
    }

    /** Every record, including the last, is terminated by CRLF. */
    public static String write(List<List<String>> records) {
        Objects.requireNonNull(records, "records");
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            Objects.requireNonNull(record, "record");
            if (record.size() == 1 && record.get(0).isEmpty()) {
                // A bare empty line is skipped by many readers; quoting keeps the one empty field.
                out.append("\"\"").append(CRLF);
                continue;
            }
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(Objects.requireNonNull(record.get(i), "field")));
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    private static String field(String value) {
        return needsQuotes(value) ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return false;
        }
        // Leading/trailing whitespace is quoted because many readers trim unquoted fields.
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0 || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1));
    }
}
