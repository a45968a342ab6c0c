package org.roleatlas.system.ratelimit;

import java.util.List;
import java.util.Map;

import org.roleatlas.system.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code roleatlas.rate-limits.<policy>=5/1m,30/1h}: the rate-limit policies by name (defaults in
 * application.properties), and {@code roleatlas.rate-limit-max-keys}, how many members are tracked at most.
 * Every policy is parsed when the settings are bound, at start, so a malformed or out-of-range limit stops the
 * start with a message naming the property rather than failing each request that needs it.
 */
@ConfigurationProperties("roleatlas")
public record RateLimitProperties(Map<String, String> rateLimits, Integer rateLimitMaxKeys) {

    public RateLimitProperties {
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
        rateLimitMaxKeys = rateLimitMaxKeys == null ? 100_000 : rateLimitMaxKeys;
        Settings.between("roleatlas.rate-limit-max-keys", rateLimitMaxKeys, 1, 10_000_000);
        rateLimits.forEach(RateLimitPolicy::parse); // throws, naming the property, for a bad policy
    }

    List<RateLimitPolicy> policies() {
        return rateLimits.entrySet().stream().map(e -> RateLimitPolicy.parse(e.getKey(), e.getValue())).toList();
    }
}
