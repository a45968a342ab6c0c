package org.roleatlas.system.ratelimit;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code roleatlas.rate-limits.<policy>=5/1m,30/1h}: the rate-limit policies by name (defaults in
 * application.properties), and {@code roleatlas.rate-limit-max-keys}, how many members are tracked at most.
 */
@ConfigurationProperties("roleatlas")
public record RateLimitProperties(Map<String, String> rateLimits, Integer rateLimitMaxKeys) {

    public RateLimitProperties {
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
        rateLimitMaxKeys = rateLimitMaxKeys == null ? 100_000 : rateLimitMaxKeys;
    }

    List<RateLimitPolicy> policies() {
        return rateLimits.entrySet().stream().map(e -> RateLimitPolicy.parse(e.getKey(), e.getValue())).toList();
    }
}
