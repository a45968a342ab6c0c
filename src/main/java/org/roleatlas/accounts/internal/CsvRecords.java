package org.roleatlas.accounts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.roleatlas.system.SourceException;

/**
 * Reads RFC 4180 CSV with Apache Commons CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF,
 * LF or CR line ends; blank lines are skipped. Each record keeps the line it starts on, for error messages.
 */
final class CsvRecords {

    /** Blank lines are read as records of one empty field, so that line numbers can be counted exactly. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d{1,9})");

    /** One record and the line it starts on, for error messages. */
    record Row(int line, List<String> fields) {
    }

    private CsvRecords() {
    }

    static List<Row> parse(String source, String text) {
        List<Row> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1; // line breaks read so far, plus one
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException e) {
                    throw malformed(source, line, e.getCause());
                }
                List<String> fields = record.toList();
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(new Row(line, List.copyOf(fields)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string is read without I/O
        }
        return records;
    }

    /**
     * Commons CSV says what is wrong in its own words; this says it with the file and line: an unclosed quote at
     * the line its record starts on, anything else at the line Commons CSV found it on (else the record's line).
     */
    private static SourceException malformed(String source, int recordLine, IOException e) {
        String message = String.valueOf(e.getMessage());
        Matcher at = AT_LINE.matcher(message);
        int line = at.find() ? Integer.parseInt(at.group(1)) : recordLine;
        if (e instanceof CSVException && message.contains("EOF reached before encapsulated token finished")) {
            return new SourceException(source, recordLine, "a quoted field is not closed");
        }
        if (e instanceof CSVException && message.contains("Invalid character between encapsulated token and delimiter")) {
            return new SourceException(source, line, "text after a closing quote; double a quote inside a quoted field");
        }
        return new SourceException(source, line, "not valid CSV: " + message);
    }
}
