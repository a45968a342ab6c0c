package org.roleatlas.system.ratelimit;

import java.util.Locale;

/** A member went over a rate limit; answered 429 with a Retry-After header and this message. */
public class RateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    /** @param doing what the member was doing, as in "You are <em>posting</em> too fast" */
    public RateLimitedException(String doing, long retryAfterSeconds) {
        super("You are " + doing + " too fast; try again in " + waitText(retryAfterSeconds) + ".");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Seconds up to two minutes, then whole minutes rounded up: "try again in 37 seconds", "in 59 minutes". */
    static String waitText(long seconds) {
        if (seconds < 120) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return String.format(Locale.ROOT, "%d minutes", (seconds + 59) / 60);
    }
}
