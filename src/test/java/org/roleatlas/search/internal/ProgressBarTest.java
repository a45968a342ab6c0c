package org.roleatlas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private ProgressBar bar(boolean terminal) {
        return new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, nanos::get);
    }

    @Test
    void aLineShowsCountRateAndTimeLeft() {
        ProgressBar bar = bar(true);
        bar.started(10_000);
        assertThat(bar.line(5_000, 1_000_000_000L))
                .isEqualTo("[###############...............] 5,000/10,000 documents  5,000/s  ETA 1 s");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsWithANewLine() {
        ProgressBar bar = bar(true);
        bar.started(1_000);
        nanos.set(500_000_000L);
        bar.indexed(500);
        nanos.set(1_000_000_000L);
        bar.indexed(1_000);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r[").contains("\r[##############################] 1,000/1,000").endsWith("\n");
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }

    @Test
    void withoutATerminalPlainLinesAreWrittenEveryTenPercent() {
        ProgressBar bar = bar(false);
        bar.started(1_000);
        for (int done = 50; done <= 1_000; done += 50) {
            nanos.addAndGet(10_000_000L);
            bar.indexed(done);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\r");
        assertThat(out.lines()).hasSize(11);
    }
}
