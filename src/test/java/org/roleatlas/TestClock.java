package org.roleatlas;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand. {@code new TestClock()} stands still at a fixed instant until moved; {@link #running()}
 * follows the system clock, moved ahead by whatever the test added, so an application context keeps working
 * normally (time still passes) while a test jumps over an hour instead of sleeping or editing rows.
 */
public final class TestClock extends Clock {

    private final boolean running;
    private final Instant start;
    private volatile Duration offset = Duration.ZERO;

    public TestClock() {
        this(false, Instant.parse("2026-01-05T09:00:00Z"));
    }

    private TestClock(boolean running, Instant start) {
        this.running = running;
        this.start = start;
    }

    /** The system's time plus what {@link #advance} added. */
    public static TestClock running() {
        return new TestClock(true, null);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
        return (running ? Instant.now() : start).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
