package org.roleatlas.system.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.TestClock;

class RateLimiterTest {

    private final TestClock clock = new TestClock();
    private final RateLimiter limiter = new RateLimiter(List.of(RateLimitPolicy.parse("post", "5/1m,30/1h"),
            RateLimitPolicy.parse("vote", "60/1m")), clock, 1000);

    @Test
    void allowsUpToTheLimitThenRefuses() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("post", "m1").allowed()).as("request %d", i + 1).isTrue();
        }

        assertThat(limiter.tryAcquire("post", "m1")).isEqualTo(new RateLimiter.Decision(false, 60));
    }

    @Test
    void retryAfterIsExactlyWhenTheOldestRequestLeavesTheWindow() {
        for (int i = 0; i < 5; i++) { // requests at 0, 1, 2, 3 and 4 s
            limiter.tryAcquire("post", "m1");
            clock.advance(Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(18)); // now 23 s

        assertThat(limiter.tryAcquire("post", "m1").retryAfterSeconds()).isEqualTo(37); // 60 - 23
        clock.advance(Duration.ofSeconds(36));
        assertThat(limiter.tryAcquire("post", "m1").retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1)); // now 60 s: the first request has left the window
        assertThat(limiter.tryAcquire("post", "m1").allowed()).isTrue();
        assertThat(limiter.tryAcquire("post", "m1").retryAfterSeconds()).isEqualTo(1); // the second, at 1 s
    }

    @Test
    void partialSecondsRoundUpSoRetryingOnTimeSucceeds() {
        post(5);
        clock.advance(Duration.ofMillis(58_001));

        RateLimiter.Decision refused = limiter.tryAcquire("post", "m1");
        assertThat(refused.retryAfterSeconds()).isEqualTo(2); // 1.999 s
        clock.advance(Duration.ofSeconds(refused.retryAfterSeconds()));
        assertThat(limiter.tryAcquire("post", "m1").allowed()).isTrue();
    }

    @Test
    void refillsAsRequestsLeaveTheSlidingWindow() {
        post(5);
        clock.advance(Duration.ofSeconds(60));

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("post", "m1").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("post", "m1").allowed()).isFalse();
    }

    @Test
    void theHourlyLimitAppliesTogetherWithTheMinuteLimit() {
        int allowed = 0;
        for (int minute = 0; minute < 10; minute++) { // 5 a minute for 10 minutes would be 50
            for (int i = 0; i < 5; i++) {
                allowed += limiter.tryAcquire("post", "m1").allowed() ? 1 : 0;
            }
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(allowed).isEqualTo(30);
        // Now 10 minutes in; the first of the 30 was at 0, so the hourly window opens 50 minutes from now.
        assertThat(limiter.tryAcquire("post", "m1").retryAfterSeconds()).isEqualTo(50 * 60);
    }

    @Test
    void keysAndPoliciesAreCountedSeparately() {
        post(5);

        assertThat(limiter.tryAcquire("post", "m1").allowed()).isFalse();
        assertThat(limiter.tryAcquire("post", "m2").allowed()).isTrue();
        assertThat(limiter.tryAcquire("vote", "m1").allowed()).isTrue();
    }

    @Test
    void refusedRequestsDoNotUseUpPermits() {
        post(50);
        clock.advance(Duration.ofMinutes(1));

        assertThat(limiter.tryAcquire("post", "m1").allowed()).isTrue();
    }

    @Test
    void unknownPolicyIsAProgrammingErrorWithAHint() {
        assertThatThrownBy(() -> limiter.tryAcquire("flag", "m1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No rate-limit policy 'flag'; configure it as roleatlas.rate-limits.flag=5/1m,30/1h "
                        + "(for example).");
    }

    @Test
    void idleKeysAreEvictedOnceTheirLongestWindowHasPassed() {
        for (int i = 0; i < 200; i++) {
            limiter.tryAcquire("vote", "voter-" + i);
        }
        limiter.tryAcquire("post", "poster");
        assertThat(limiter.trackedKeys()).isEqualTo(201);

        clock.advance(Duration.ofMinutes(2)); // votes idle (1 min window); the post's 1 h window still holds it
        limiter.tryAcquire("vote", "someone-new");

        assertThat(limiter.trackedKeys()).isEqualTo(2);
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.tryAcquire("post", "poster").allowed()).isTrue();
        }
        clock.advance(Duration.ofHours(1));
        limiter.tryAcquire("vote", "someone-else");
        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void memoryStaysBoundedWhenEveryKeyIsActive() {
        RateLimiter small = new RateLimiter(List.of(RateLimitPolicy.parse("vote", "60/1m")), clock, 3);
        for (String key : List.of("a", "b", "c")) {
            assertThat(small.tryAcquire("vote", key).allowed()).isTrue();
        }

        assertThat(small.tryAcquire("vote", "d")).isEqualTo(new RateLimiter.Decision(false, 1));
        assertThat(small.tryAcquire("vote", "a").allowed()).isTrue(); // known keys carry on
        assertThat(small.trackedKeys()).isEqualTo(3);
        clock.advance(Duration.ofMinutes(1));
        assertThat(small.tryAcquire("vote", "d").allowed()).isTrue(); // the idle ones made room
    }

    @Test
    void orThrowCarriesTheWaitAndAClearMessage() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("post", "m1").orThrow("posting");
        }
        clock.advance(Duration.ofSeconds(23));

        assertThatThrownBy(() -> limiter.tryAcquire("post", "m1").orThrow("posting"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(37))
                .hasMessage("You are posting too fast; try again in 37 seconds.");
    }

    @Test
    void waitsAreWrittenForPeople() {
        assertThat(RateLimitedException.waitText(1)).isEqualTo("1 second");
        assertThat(RateLimitedException.waitText(119)).isEqualTo("119 seconds");
        assertThat(RateLimitedException.waitText(120)).isEqualTo("2 minutes");
        assertThat(RateLimitedException.waitText(3000)).isEqualTo("50 minutes");
        assertThat(RateLimitedException.waitText(3001)).isEqualTo("51 minutes");
    }

    /** Member m1 asks to post this many times in a row, allowed or not. */
    private void post(int times) {
        for (int i = 0; i < times; i++) {
            limiter.tryAcquire("post", "m1");
        }
    }
}
