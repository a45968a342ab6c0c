/**
 * Per-member rate limits for writes such as posting and voting: {@link org.roleatlas.system.ratelimit.RateLimiter}
 * with named policies configured as {@code roleatlas.rate-limits.<policy>=5/1m,30/1h}; a refusal is answered
 * 429 with a Retry-After header through {@link org.roleatlas.system.ratelimit.RateLimitedException}.
 */
package org.roleatlas.system.ratelimit;
