package org.roleatlas.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.roleatlas.system.LocalWrites;
import org.roleatlas.system.errors.NotFoundException;

class ReaderPageCacheTest {

    private final LocalWrites writes = new LocalWrites();
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();

    private ReaderPageCache store(Duration ttl, int maxEntries) {
        return new ReaderPageCache(writes, ttl, maxEntries, nanos::get);
    }

    private ReaderPageCache.ReaderPage load(long id) {
        loads.incrementAndGet();
        return new ReaderPageCache.ReaderPage(null, id, null, List.of());
    }

    @Test
    void aSecondReaderGetsTheStoredPageWhileNothingWasWritten() {
        ReaderPageCache pages = store(Duration.ofMinutes(1), 100);
        ReaderPageCache.ReaderPage first = pages.page(7, this::load);
        assertThat(pages.page(7, this::load)).isSameAs(first);
        assertThat(loads).hasValue(1);
    }

    @Test
    void aCommittedWriteOnThisNodeMakesTheNextReaderLoadAgain() {
        ReaderPageCache pages = store(Duration.ofMinutes(1), 100);
        pages.page(7, this::load);
        writes.committed();
        pages.page(7, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aWriteCommittedWhileAPageWasReadLeavesThatPageStale() {
        ReaderPageCache pages = store(Duration.ofMinutes(1), 100);
        pages.page(7, id -> {
            writes.committed(); // another request's write commits during this read
            return load(id);
        });
        pages.page(7, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aPageOlderThanItsLifetimeIsLoadedAgainSoOtherNodesWritesShow() {
        ReaderPageCache pages = store(Duration.ofMillis(20), 100);
        pages.page(7, this::load);
        nanos.addAndGet(Duration.ofMillis(15).toNanos());
        pages.page(7, this::load); // still within its lifetime, and reading it does not extend that
        assertThat(loads).hasValue(1);
        nanos.addAndGet(Duration.ofMillis(10).toNanos());
        pages.page(7, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void readersArrivingWhileAPageLoadsWaitForThatLoadInsteadOfRepeatingIt() throws Exception {
        ReaderPageCache pages = store(Duration.ofMinutes(1), 100);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            Future<ReaderPageCache.ReaderPage> first = readers.submit(() -> pages.page(7, id -> {
                loading.countDown();
                await(release);
                return load(id);
            }));
            loading.await();
            List<Future<ReaderPageCache.ReaderPage>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(readers.submit(() -> pages.page(7, this::load)));
            }
            release.countDown();
            for (Future<ReaderPageCache.ReaderPage> other : others) {
                assertThat(other.get()).isSameAs(first.get());
            }
            assertThat(loads).hasValue(1);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void aFailedLoadIsNotStoredAndItsErrorReachesTheReader() {
        ReaderPageCache pages = store(Duration.ofMinutes(1), 100);
        assertThatThrownBy(() -> pages.page(7, id -> {
            throw new NotFoundException("There is no question 7.");
        })).isInstanceOf(NotFoundException.class);
        pages.page(7, this::load);
        assertThat(loads).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aLifetimeOfZeroTurnsTheStoreOff() {
        ReaderPageCache pages = store(Duration.ZERO, 100);
        pages.page(7, this::load);
        pages.page(7, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void questionsAreStoredApartAndTheStoreStaysWithinItsBound() {
        ReaderPageCache pages = store(Duration.ofMinutes(1), 2);
        assertThat(pages.page(1, this::load).storedViews()).isEqualTo(1);
        assertThat(pages.page(2, this::load).storedViews()).isEqualTo(2);
        assertThat(loads).hasValue(2);
        for (long id = 3; id < 1000; id++) {
            pages.page(id, this::load);
        }
        assertThat(pages.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void aPopularPageStaysStoredWhileACrawlerWalksThroughManyOthers() {
        ReaderPageCache pages = store(Duration.ofMinutes(1), 100);
        AtomicInteger popularLoads = new AtomicInteger();
        for (long id = 1000; id < 3000; id++) {
            if (id % 10 == 0) {
                pages.page(1, q -> {
                    popularLoads.incrementAndGet();
                    return load(q);
                });
            }
            pages.page(id, this::load);
        }
        // Not emptied when full (that would load it again about 20 times): the least useful entries went instead.
        assertThat(popularLoads).hasValueLessThanOrEqualTo(3);
        assertThat(pages.size()).isLessThanOrEqualTo(100);
    }
}
