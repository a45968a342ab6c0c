package org.roleatlas.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.system.SourceException;

class CsvRecordsTest {

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaksAndKeepTheirStartingLine() {
        List<CsvRecords.Row> records = CsvRecords.parse("m.csv", "a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\nlast,\n");

        assertThat(records).extracting(CsvRecords.Row::line).containsExactly(1, 2, 4);
        assertThat(records.get(1).fields()).containsExactly("x, \"y\"", "two\nlines");
        assertThat(records.get(2).fields()).containsExactly("last", "");
    }

    @Test
    void blankLinesAreSkippedAndAMissingFinalLineBreakIsFine() {
        assertThat(CsvRecords.parse("m.csv", "a\n\nb")).extracting(CsvRecords.Row::line).containsExactly(1, 3);
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsRefusedWithItsLine() {
        assertThatThrownBy(() -> CsvRecords.parse("m.csv", "a\n\"open,b\n"))
                .isInstanceOf(SourceException.class).hasMessage("m.csv:2: a quoted field is not closed");
        assertThatThrownBy(() -> CsvRecords.parse("m.csv", "a\nb\n\"x\"y,z\n"))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("m.csv:3: text after a closing quote");
    }
}
