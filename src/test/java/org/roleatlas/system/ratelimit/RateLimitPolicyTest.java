package org.roleatlas.system.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitPolicyTest {

    @Test
    void parsesSeveralLimitsWithAnyUnit() {
        RateLimitPolicy policy = RateLimitPolicy.parse("post", "5/1m, 30/1h,100/d, 2/30s");

        assertThat(policy.limits()).containsExactly(new RateLimitPolicy.Limit(5, Duration.ofMinutes(1)),
                new RateLimitPolicy.Limit(30, Duration.ofHours(1)), new RateLimitPolicy.Limit(100, Duration.ofDays(1)),
                new RateLimitPolicy.Limit(2, Duration.ofSeconds(30)));
        assertThat(policy.longestWindow()).isEqualTo(Duration.ofDays(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "5/", "5/1x", "0/1m", "5/0m", "-1/1m", "5/1m,", "five/1m", "5 per minute"})
    void refusesMalformedLimitsNamingTheProperty(String spec) {
        assertThatThrownBy(() -> RateLimitPolicy.parse("vote", spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("roleatlas.rate-limits.vote: '")
                .hasMessageEndingWith("is not a limit; write permits/window such as 5/1m or 30/1h (units s, m, h, d).");
    }
}
