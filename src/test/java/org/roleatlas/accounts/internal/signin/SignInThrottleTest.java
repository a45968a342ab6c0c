package org.roleatlas.accounts.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Guessing slows down with every failure, per account and per address, but never locks a member out. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, 1000);

    @Test
    void eachFailurePastTheFreeOnesDoublesTheWait() {
        for (int i = 0; i < SignInThrottle.FREE_PER_ACCOUNT; i++) {
            assertThat(throttle.waitSeconds("ada", "10.0.0." + i, null)).isZero();
            throttle.failed("ada", "10.0.0." + i, null);
        }
        assertThat(throttle.waitSeconds("ada", "10.0.0.99", null)).isEqualTo(2);
        clock.advance(Duration.ofSeconds(2));
        throttle.failed("ada", "10.0.0.99", null);
        assertThat(throttle.waitSeconds("ada", "10.0.0.98", null)).isEqualTo(4);
        for (int i = 0; i < 30; i++) {
            throttle.failed("ada", "10.0.1." + i, null);
        }
        assertThat(throttle.waitSeconds("ada", "10.0.2.1", null)).isEqualTo(SignInThrottle.MAX_WAIT_SECONDS);
        assertThat(throttle.waitSeconds("grace", "10.0.2.1", null)).as("another account").isZero();
        clock.advance(SignInThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.waitSeconds("ada", "10.0.2.1", null)).as("after the window").isZero();
    }

    @Test
    void twoHundredGuessesFromOneAddressAreMostlyRefusedUnchecked() {
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            if (throttle.waitSeconds("victim", "203.0.113.9", null) == 0) {
                checked++;
                throttle.failed("victim", "203.0.113.9", null);
            }
            clock.advance(Duration.ofMillis(40)); // 200 attempts in 8 seconds
        }
        assertThat(checked).as("passwords actually tried in 8 seconds").isLessThanOrEqualTo(SignInThrottle.FREE_PER_ACCOUNT + 3);
    }

    @Test
    void aBrowserTheMemberSignedInWithBeforeIsNotHeldUpByAnAttacker() {
        String device = throttle.succeeded("ada", "198.51.100.7");
        for (int i = 0; i < 50; i++) {
            throttle.failed("ada", "203.0.113." + i, null);
        }
        assertThat(throttle.waitSeconds("ada", "198.51.100.7", null)).as("without the cookie").isPositive();
        assertThat(throttle.waitSeconds("ada", "198.51.100.7", device)).as("with the member's cookie").isZero();
        assertThat(throttle.waitSeconds("ada", "198.51.100.7", device + "x")).as("a forged cookie").isPositive();
        assertThat(throttle.succeeded("grace", "198.51.100.7")).as("cookies are per account").isNotEqualTo(device);
    }

    @Test
    void unknownUsernamesAreThrottledLikeRealOnesSoTheThrottleRevealsNoAccount() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("no-such-member", "192.0.2.1", null);
            throttle.failed("ada", "192.0.2.2", null);
        }
        assertThat(throttle.waitSeconds("no-such-member", "192.0.2.3", null))
                .isEqualTo(throttle.waitSeconds("ada", "192.0.2.4", null));
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
