package org.roleatlas.search.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A rebuild's progress on standard error: on a terminal, one bar redrawn in place with count, rate and time left;
 * otherwise (a log file, a pipe) a plain line every ten percent.
 */
final class ProgressBar implements Indexer.Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanos;
    private long expected;
    private long started;
    private long lastDrawn;
    private int lastTenth = -1;

    ProgressBar(PrintStream out, boolean terminal, LongSupplier nanos) {
        this.out = out;
        this.terminal = terminal;
        this.nanos = nanos;
    }

    @Override
    public void started(long expected) {
        this.expected = Math.max(expected, 1);
        this.started = nanos.getAsLong();
    }

    @Override
    public void indexed(long done) {
        long now = nanos.getAsLong();
        boolean finished = done >= expected;
        if (terminal) {
            if (finished || now - lastDrawn > 100_000_000L) { // ten redraws a second are plenty
                lastDrawn = now;
                out.print("\r" + line(done, now));
                if (finished) {
                    out.println();
                }
                out.flush();
            }
        } else {
            int tenth = (int) Math.min(10, done * 10 / expected);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.println(line(done, now));
            }
        }
    }

    String line(long done, long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = done / seconds;
        long left = Math.max(expected - done, 0);
        int filled = (int) Math.min(WIDTH, done * WIDTH / expected);
        String eta = rate <= 0 ? "?" : formatSeconds(left / rate);
        return String.format(Locale.ROOT, "[%s%s] %,d/%,d documents  %,.0f/s  ETA %s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, expected, rate, eta);
    }

    private static String formatSeconds(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }
}
