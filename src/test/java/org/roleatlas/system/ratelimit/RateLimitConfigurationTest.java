package org.roleatlas.system.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.TestClock;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class RateLimitConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(RateLimitConfiguration.class);

    @Test
    void bindsPoliciesFromPropertiesAndUsesTheApplicationClock() {
        TestClock clock = new TestClock();
        runner.withBean(Clock.class, () -> clock)
                .withPropertyValues("roleatlas.rate-limits.post=2/1m,3/1h", "roleatlas.rate-limits.vote=1/10s")
                .run(context -> {
                    RateLimiter limiter = context.getBean(RateLimiter.class);
                    assertThat(limiter.tryAcquire("post", "m").allowed()).isTrue();
                    assertThat(limiter.tryAcquire("post", "m").allowed()).isTrue();
                    assertThat(limiter.tryAcquire("post", "m").retryAfterSeconds()).isEqualTo(60);
                    assertThat(limiter.tryAcquire("vote", "m").allowed()).isTrue();
                    clock.advance(Duration.ofSeconds(4));
                    assertThat(limiter.tryAcquire("vote", "m").retryAfterSeconds()).isEqualTo(6);
                });
    }

    @Test
    void policiesCanBeSetFromTheEnvironmentAsTheReadmeSays() {
        // Boot maps ROLEATLAS_RATELIMITS_POST to roleatlas.rate-limits.post only for a source named like the
        // system environment, hence the name.
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of("ROLEATLAS_RATELIMITS_POST", "1/1m"))))
                .run(context -> {
                    RateLimiter limiter = context.getBean(RateLimiter.class);
                    assertThat(limiter.tryAcquire("post", "m").allowed()).isTrue();
                    assertThat(limiter.tryAcquire("post", "m").allowed()).isFalse();
                });
    }

    @Test
    void aMalformedPolicyStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("roleatlas.rate-limits.post=5 per minute").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("roleatlas.rate-limits.post: '5 per minute' is not a limit");
        });
    }

    @Test
    void theShippedDefaultsAreTheDocumentedOnes() throws Exception {
        java.util.Properties shipped = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }

        assertThat(RateLimitPolicy.parse("post", shipped.getProperty("roleatlas.rate-limits.post")).limits())
                .containsExactly(new RateLimitPolicy.Limit(5, Duration.ofMinutes(1)),
                        new RateLimitPolicy.Limit(30, Duration.ofHours(1)));
        assertThat(RateLimitPolicy.parse("vote", shipped.getProperty("roleatlas.rate-limits.vote")).limits())
                .containsExactly(new RateLimitPolicy.Limit(60, Duration.ofMinutes(1)));
    }
}
