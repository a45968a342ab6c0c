package org.roleatlas.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignUpLimiterTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsTheLimitPerAddressThenSaysHowLongToWaitUntilTheWindowEnds() {
        MovableClock clock = new MovableClock();
        SignUpLimiter limiter = new SignUpLimiter(3, Duration.ofHours(1), clock);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.attempt("10.0.0.1")).isEmpty();
        }
        clock.now = clock.now.plusSeconds(600);
        assertThat(limiter.attempt("10.0.0.1")).contains(Duration.ofMinutes(50));
        assertThat(limiter.attempt("10.0.0.2")).as("another address has its own count").isEmpty();

        clock.now = clock.now.plus(Duration.ofMinutes(50));
        assertThat(limiter.attempt("10.0.0.1")).as("a new window").isEmpty();
    }
}
