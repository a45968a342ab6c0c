package org.roleatlas.system.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named set of limits that all apply at once, e.g. {@code post} = 5 per minute and 30 per hour.
 *
 * @param limits at least one; a request is allowed only if every limit allows it
 */
public record RateLimitPolicy(String name, List<Limit> limits) {

    private static final Pattern LIMIT = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{0,9})\\s*([smhd])\\s*");

    /**
     * The most permits one limit may give: each member remembers the times of its last permits, so this bounds
     * the memory per member (tests raise limits to this to post faster than a person).
     */
    public static final int MAX_PERMITS = 100_000;

    /** The longest window: a year. */
    public static final Duration MAX_WINDOW = Duration.ofDays(366);

    public RateLimitPolicy {
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("Rate-limit policy '" + name + "' has no limits.");
        }
        limits = List.copyOf(limits);
    }

    /** At most {@code permits} requests in any {@code window}. */
    public record Limit(int permits, Duration window) {

        public Limit {
            if (permits < 1 || window.toMillis() < 1) {
                throw new IllegalArgumentException("A limit needs at least 1 permit and a window of at least 1 ms.");
            }
        }
    }

    /**
     * Parses the configuration form: comma-separated {@code permits/window}, where the window is an optional
     * count and a unit s, m, h or d — {@code 5/1m,30/1h}, {@code 60/m}.
     */
    public static RateLimitPolicy parse(String name, String spec) {
        List<Limit> limits = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            Matcher m = LIMIT.matcher(part);
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || "0".equals(m.group(2))) {
                throw new IllegalArgumentException("roleatlas.rate-limits." + name + ": '" + part.strip()
                        + "' is not a limit; write permits/window such as 5/1m or 30/1h (units s, m, h, d).");
            }
            long count = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
            Duration window = switch (m.group(3)) {
                case "s" -> Duration.ofSeconds(count);
                case "m" -> Duration.ofMinutes(count);
                case "h" -> Duration.ofHours(count);
                default -> Duration.ofDays(count);
            };
            int permits = Integer.parseInt(m.group(1));
            if (permits > MAX_PERMITS || window.compareTo(MAX_WINDOW) > 0) {
                throw new IllegalArgumentException("roleatlas.rate-limits." + name + ": '" + part.strip()
                        + "' is out of range; a limit allows 1 to " + MAX_PERMITS
                        + " requests in a window of at most 366 days.");
            }
            limits.add(new Limit(permits, window));
        }
        return new RateLimitPolicy(name, limits);
    }

    Duration longestWindow() {
        return limits.stream().map(Limit::window).max(Duration::compareTo).orElseThrow();
    }
}
