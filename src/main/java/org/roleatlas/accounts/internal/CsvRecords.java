package org.roleatlas.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import org.roleatlas.system.SourceException;

/** Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF line ends. */
final class CsvRecords {

    /** One record and the line it starts on, for error messages. */
    record Record(int line, List<String> fields) {
    }

    private CsvRecords() {
    }

    static List<Record> parse(String source, String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addUnlessBlank(records, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                recordLine = ++line;
            } else if (wasQuoted) {
                throw new SourceException(source, line, "text after a closing quote; double a quote inside a quoted field");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new SourceException(source, recordLine, "a quoted field is not closed");
        }
        if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            addUnlessBlank(records, recordLine, fields);
        }
        return records;
    }

    private static void addUnlessBlank(List<Record> records, int line, List<String> fields) {
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }
}
