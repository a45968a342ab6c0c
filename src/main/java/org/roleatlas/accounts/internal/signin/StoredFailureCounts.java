package org.roleatlas.accounts.internal.signin;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins in the {@code sign_in_failure} table, so every node sharing the database throttles the same
 * guesser. Keys longer than the column are cut (a username is at most 40 characters; only an absurd address or
 * device cookie is cut). Rows older than the window are deleted now and then.
 */
public final class StoredFailureCounts implements SignInThrottle.FailureCounts {

    private static final int KEY_LENGTH = 400;
    private static final long PRUNE_EVERY_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private final AtomicLong lastPrune = new AtomicLong();

    public StoredFailureCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignInThrottle.Failures get(String key, long nowMillis) {
        return jdbc.sql("select failures, last_at from sign_in_failure where failure_key = ? and last_at > ?")
                .params(cut(key), nowMillis - SignInThrottle.WINDOW.toMillis())
                .query((rs, n) -> new SignInThrottle.Failures(rs.getInt(1), rs.getLong(2))).optional().orElse(null);
    }

    @Override
    public void count(String key, long nowMillis) {
        prune(nowMillis);
        String k = cut(key);
        long windowStart = nowMillis - SignInThrottle.WINDOW.toMillis();
        // A count past its window starts again at one.
        String update = "update sign_in_failure set failures = case when last_at > ? then failures + 1 else 1 end, "
                + "last_at = ? where failure_key = ?";
        if (jdbc.sql(update).params(windowStart, nowMillis, k).update() == 0) {
            try {
                jdbc.sql("insert into sign_in_failure (failure_key, failures, last_at) values (?, 1, ?)")
                        .params(k, nowMillis).update();
            } catch (DuplicateKeyException concurrentFirst) {
                jdbc.sql(update).params(windowStart, nowMillis, k).update();
            }
        }
    }

    @Override
    public void clear(String key) {
        jdbc.sql("delete from sign_in_failure where failure_key = ?").param(cut(key)).update();
    }

    private void prune(long nowMillis) {
        long last = lastPrune.get();
        if (nowMillis - last >= PRUNE_EVERY_MILLIS && lastPrune.compareAndSet(last, nowMillis)) {
            jdbc.sql("delete from sign_in_failure where last_at <= ?")
                    .param(nowMillis - SignInThrottle.WINDOW.toMillis()).update();
        }
    }

    private static String cut(String key) {
        return key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }
}
