package org.roleatlas.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts sign-up attempts per client address in fixed windows, so that nobody can probe many usernames
 * (a taken username is necessarily refused) or create accounts in bulk. In memory, per node: a deployment of
 * n nodes allows n times the limit, which still makes harvesting slow. See docs/decisions/0007-accounts.md.
 */
@Component
class SignUpLimiter {

    /** Above this many tracked addresses, expired windows are dropped, keeping memory flat under a scan. */
    private static final int SWEEP_AT = 10_000;

    private record Window(Instant start, int attempts) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Autowired
    SignUpLimiter(@Value("${roleatlas.accounts.sign-up-limit:10}") int limit,
                  @Value("${roleatlas.accounts.sign-up-window:PT1H}") Duration window) {
        this(limit, window, Clock.systemUTC());
    }

    SignUpLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one attempt; @return empty if it is allowed, else how long until the client may try again. */
    Optional<Duration> attempt(String client) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_AT) {
            windows.values().removeIf(w -> !w.start().plus(window).isAfter(now));
        }
        Window current = windows.compute(client, (key, w) -> w == null || !w.start().plus(window).isAfter(now)
                ? new Window(now, 1) : new Window(w.start(), w.attempts() + 1));
        if (current.attempts() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.start().plus(window)));
    }
}
