package org.roleatlas.views.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is viewing, as one number, without a tracking cookie: a signed-in member is their id (a positive number); anyone
 * else is a salted hash of client address and user agent (a negative number, so it never equals a member id). The
 * salt is random per process, so the number cannot be turned back into an address; nothing of it is stored.
 */
final class Visitor {

    /** Crawlers announce themselves; their visits are not views. Anything that does not announce itself counts. */
    private static final Pattern ROBOT = Pattern.compile("bot|crawl|spider|slurp|preview|monitor|headless",
            Pattern.CASE_INSENSITIVE);
    private static final byte[] SALT = salt();

    private Visitor() {
    }

    private static byte[] salt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    static boolean isRobot(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent != null && ROBOT.matcher(agent).find();
    }

    static long of(Long memberId, HttpServletRequest request) {
        if (memberId != null) {
            return memberId;
        }
        return anonymous(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }

    static long anonymous(String address, String userAgent) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(SALT);
            sha.update((address + "\n" + (userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT)))
                    .getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong() | Long.MIN_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
