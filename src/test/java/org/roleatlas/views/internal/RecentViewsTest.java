package org.roleatlas.views.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class RecentViewsTest {

    private static final long WINDOW = 30 * 60_000;

    @Test
    void aVisitorCountsOncePerQuestionWithinTheWindow() {
        RecentViews recent = new RecentViews(WINDOW, 1000);

        assertThat(recent.firstView(7, 1, 0)).isTrue();
        assertThat(recent.firstView(7, 1, 1_000)).isFalse();
        assertThat(recent.firstView(7, 1, WINDOW - 1)).isFalse();
        assertThat(recent.firstView(7, 2, 1_000)).isTrue(); // another question
        assertThat(recent.firstView(8, 1, 1_000)).isTrue(); // another visitor
    }

    @Test
    void theVisitorCountsAgainOnceTheWindowHasPassed() {
        RecentViews recent = new RecentViews(WINDOW, 1000);
        recent.firstView(7, 1, 0);

        assertThat(recent.firstView(7, 1, WINDOW)).isTrue();
        assertThat(recent.firstView(7, 1, WINDOW + 1)).isFalse(); // a new window began with that view
    }

    @Test
    void memoryIsBoundedAndExpiredVisitsAreSwept() {
        RecentViews recent = new RecentViews(WINDOW, 100);
        for (long visitor = 0; visitor < 1000; visitor++) {
            assertThat(recent.firstView(visitor, 1, 0)).isTrue(); // a full map still counts new visitors
        }
        assertThat(recent.size()).isEqualTo(100);

        recent.sweep(WINDOW);
        assertThat(recent.size()).isZero();
    }

    @Test
    void aFullMapMakesRoomByForgettingExpiredVisits() {
        RecentViews recent = new RecentViews(WINDOW, 10);
        for (long visitor = 0; visitor < 10; visitor++) {
            recent.firstView(visitor, 1, 0);
        }
        assertThat(recent.firstView(99, 1, WINDOW + 5_000)).isTrue();
        assertThat(recent.size()).isEqualTo(1);
        assertThat(recent.firstView(99, 1, WINDOW + 6_000)).isFalse();
    }

    @Test
    void concurrentRequestsOfOneVisitorCountOnce() throws Exception {
        RecentViews recent = new RecentViews(WINDOW, 1000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> recent.firstView(42, 1, 10)));
            }
            int counted = 0;
            for (Future<Boolean> r : results) {
                counted += r.get() ? 1 : 0;
            }
            assertThat(counted).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void refusesAWindowOrCapacityThatCannotWork() {
        assertThatThrownBy(() -> new RecentViews(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecentViews(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
