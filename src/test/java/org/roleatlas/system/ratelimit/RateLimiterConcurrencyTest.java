package org.roleatlas.system.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.RepeatedTest;
import org.roleatlas.TestClock;

class RateLimiterConcurrencyTest {

    private static final int THREADS = 32;
    private static final int ATTEMPTS_PER_THREAD = 200;

    @RepeatedTest(5)
    void manyThreadsOnOneKeyGetExactlyThePermits() throws Exception {
        RateLimiter limiter = new RateLimiter(List.of(RateLimitPolicy.parse("vote", "50/1m,120/1h")),
                new TestClock(), 1000);

        int granted = runConcurrently(i -> limiter.tryAcquire("vote", "same-member").allowed() ? 1 : 0)
                .stream().mapToInt(Integer::intValue).sum();

        assertThat(granted).isEqualTo(50);
    }

    @RepeatedTest(5)
    void manyThreadsOnManyKeysGetExactlyThePermitsPerKey() throws Exception {
        RateLimiter limiter = new RateLimiter(List.of(RateLimitPolicy.parse("post", "7/1m")), new TestClock(),
                1000);
        AtomicIntegerArray grantedPerKey = new AtomicIntegerArray(20);

        runConcurrently(i -> {
            int key = i % 20;
            if (limiter.tryAcquire("post", "member-" + key).allowed()) {
                grantedPerKey.incrementAndGet(key);
            }
            return 0;
        });

        for (int key = 0; key < 20; key++) {
            assertThat(grantedPerKey.get(key)).as("member-%d", key).isEqualTo(7);
        }
    }

    private interface Attempt {
        int run(int index);
    }

    /** Runs every attempt of every thread, all threads released at once to maximise contention. */
    private static List<Integer> runConcurrently(Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Integer> task = () -> {
                    start.await();
                    int sum = 0;
                    for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                        sum += attempt.run(thread * ATTEMPTS_PER_THREAD + i);
                    }
                    return sum;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> sums = new ArrayList<>();
            for (Future<Integer> result : results) {
                sums.add(result.get(30, TimeUnit.SECONDS));
            }
            return sums;
        } finally {
            pool.shutdownNow();
        }
    }
}
