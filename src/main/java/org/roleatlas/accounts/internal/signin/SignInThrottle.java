package org.roleatlas.accounts.internal.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows down password guessing without letting anyone lock a member out (after OWASP's "device cookie" scheme).
 * Failed sign-ins are counted per account and per client address over {@link #WINDOW}. Past a few free failures
 * each further attempt must wait twice as long as the one before (2 s, 4 s, 8 s, ... up to 15 minutes); while it
 * waits, an attempt is refused before the password is even checked, so a guesser learns nothing from it.
 * <p>
 * The per-account wait does not apply to a browser that has signed in to that account before: a successful
 * sign-in leaves a signed cookie naming the account, and with it the member only waits for that browser's own
 * failures. An attacker hammering the account slows down themselves, not the member. Unknown usernames are counted
 * the same way as real ones, so the throttle tells nothing about which accounts exist.
 */
public final class SignInThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int FREE_PER_ACCOUNT = 5;
    public static final int FREE_PER_ADDRESS = 20;
    public static final long MAX_WAIT_SECONDS = WINDOW.toSeconds();
    public static final String DEVICE_COOKIE = "ra_device";
    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";
    private static final String DEVICE = "device:";

    private final Clock clock;
    private final byte[] secret;
    private final FailureCounts failures;

    /** Counts in this process's memory under a random key: for one node. */
    public SignInThrottle(Clock clock, int maxTracked) {
        this(clock, randomKey(), new InMemory(maxTracked));
    }

    /**
     * @param secret   the device cookie's signing key; nodes that share it accept each other's cookies
     * @param failures where failures are counted; nodes that share it throttle together
     */
    public SignInThrottle(Clock clock, byte[] secret, FailureCounts failures) {
        this.clock = clock;
        this.secret = secret.clone();
        this.failures = failures;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** How many failures were seen and when the last one was, for one key. */
    public record Failures(int count, long lastMillis) {
    }

    /**
     * Failed sign-ins by key ("account:ada", "address:10.0.0.1", "device:ada\n..."); entries older than
     * {@link #WINDOW} may be forgotten.
     */
    public interface FailureCounts {

        /** @return the failures within the window, or null */
        Failures get(String key, long nowMillis);

        void count(String key, long nowMillis);

        void clear(String key);
    }

    private static final class InMemory implements FailureCounts {

        private final Cache<String, Failures> cache;

        InMemory(int maxTracked) {
            this.cache = Caffeine.newBuilder().maximumSize(maxTracked).expireAfterWrite(WINDOW).build();
        }

        @Override
        public Failures get(String key, long nowMillis) {
            return cache.getIfPresent(key);
        }

        @Override
        public void count(String key, long nowMillis) {
            cache.asMap().merge(key, new Failures(1, nowMillis), (old, one) -> new Failures(old.count() + 1, nowMillis));
        }

        @Override
        public void clear(String key) {
            cache.invalidate(key);
        }
    }

    /** @return seconds this attempt must still wait, 0 when it may go ahead */
    long waitSeconds(String username, String address, String deviceCookie) {
        long now = clock.millis();
        String account = key(username);
        long byAddress = wait(failures.get(ADDRESS + address, now), FREE_PER_ADDRESS, now);
        long byAccount = knownDevice(account, deviceCookie)
                ? wait(failures.get(DEVICE + account + "\n" + deviceCookie, now), FREE_PER_ACCOUNT, now)
                : wait(failures.get(ACCOUNT + account, now), FREE_PER_ACCOUNT, now);
        return Math.max(byAddress, byAccount);
    }

    void failed(String username, String address, String deviceCookie) {
        long now = clock.millis();
        String account = key(username);
        failures.count(ADDRESS + address, now);
        if (knownDevice(account, deviceCookie)) {
            failures.count(DEVICE + account + "\n" + deviceCookie, now);
        } else {
            failures.count(ACCOUNT + account, now);
        }
    }

    /** @return the cookie value that marks this browser as one the member signs in from */
    String succeeded(String username, String address) {
        String account = key(username);
        failures.clear(ADDRESS + address);
        failures.clear(DEVICE + account + "\n" + deviceCookie(account));
        return deviceCookie(account);
    }

    private static long wait(Failures failures, int free, long now) {
        if (failures == null || failures.count() < free) {
            return 0;
        }
        int doublings = Math.min(failures.count() - free + 1, 20);
        long wait = Math.min(1L << doublings, MAX_WAIT_SECONDS);
        long waited = (now - failures.lastMillis()) / 1000;
        return Math.max(0, wait - waited);
    }

    private boolean knownDevice(String account, String cookie) {
        return cookie != null && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                deviceCookie(account).getBytes(StandardCharsets.US_ASCII));
    }

    private String deviceCookie(String account) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(account.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
