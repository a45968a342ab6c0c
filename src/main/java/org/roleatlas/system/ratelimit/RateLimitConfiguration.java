package org.roleatlas.system.ratelimit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    /** Uses the application's Clock bean when there is one (tests can move time), else the system clock. */
    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties, ObjectProvider<Clock> clock) {
        return new RateLimiter(properties.policies(), clock.getIfAvailable(Clock::systemUTC),
                properties.rateLimitMaxKeys());
    }
}
