package org.roleatlas.views.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.roleatlas.views.ViewCounting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Counts question views without touching the database on the page's path: a view is a map lookup (was this
 * visitor here within the window?) and, if new, an in-memory increment. Pending increments are written in one
 * batch every {@code roleatlas.views.flush-interval}, and once more when the application stops, after the web
 * server has finished its last requests, so a graceful shutdown loses no counted view. The writes add
 * ({@code view_count = view_count + n}), so nodes sharing a database each add their own counts.
 */
@Component
@EnableConfigurationProperties(ViewSettings.class)
class ViewCounter implements ViewCounting, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    private final ConcurrentHashMap<Long, Long> pending = new ConcurrentHashMap<>();
    private final RecentViews recent;
    private final ViewRepository repository;
    private final Duration flushInterval;
    private final Clock clock;
    private final Object flushing = new Object();
    private volatile ScheduledExecutorService flusher;

    ViewCounter(ViewRepository repository, ViewSettings settings, Clock clock, ObjectProvider<MeterRegistry> meters) {
        meters.ifAvailable(registry -> Gauge.builder("roleatlas.views.pending", pending,
                        p -> p.values().stream().mapToLong(Long::longValue).sum())
                .description("Views counted on this node and not yet written to the database").register(registry));
        this.repository = repository;
        this.recent = new RecentViews(settings.window().toMillis(), settings.maxRemembered());
        this.flushInterval = settings.flushInterval();
        this.clock = clock;
    }

    @Override
    public void view(long questionId, Long memberId, HttpServletRequest request) {
        if (!Visitor.isRobot(request)) {
            view(questionId, Visitor.of(memberId, request));
        }
    }

    /** Counts the view unless the same visitor viewed the same question within the window. */
    void view(long questionId, long visitor) {
        if (recent.firstView(visitor, questionId, clock.millis())) {
            pending.merge(questionId, 1L, Long::sum); // atomic per key: concurrent views all count
        }
    }

    @Override
    public long pending(long questionId) {
        return pending.getOrDefault(questionId, 0L);
    }

    /** Writes every pending increment in one batch; on failure they stay pending for the next flush. */
    void flush() {
        synchronized (flushing) {
            write();
        }
    }

    private void write() {
        List<Map.Entry<Long, Long>> taken = new ArrayList<>();
        for (Long id : pending.keySet()) {
            Long views = pending.remove(id); // atomic: a view counted after this lands in a new entry
            if (views != null) {
                taken.add(Map.entry(id, views));
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            repository.addViews(taken);
        } catch (RuntimeException e) {
            taken.forEach(t -> pending.merge(t.getKey(), t.getValue(), Long::sum));
            log.warn("Could not write {} questions' views; will try again", taken.size(), e);
        }
    }

    @Override
    public synchronized void start() {
        flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "view-flush");
            thread.setDaemon(true);
            return thread;
        });
        long every = flushInterval.toMillis();
        flusher.scheduleWithFixedDelay(this::flushAndSweep, every, every, TimeUnit.MILLISECONDS);
    }

    /** After the web server stopped (see {@link #getPhase()}): no view can arrive any more, the last flush is final. */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = flusher;
        flusher = null;
        if (running != null) {
            running.shutdown(); // no interrupt: an interrupted JDBC call can close an embedded database's file
            try {
                running.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return flusher != null;
    }

    /**
     * Stopped late: the web server's lifecycle phases are higher (it stops first, letting its last requests finish),
     * the data source is closed only after every lifecycle bean has stopped.
     */
    @Override
    public int getPhase() {
        return 0;
    }

    private void flushAndSweep() {
        try {
            flush();
            recent.sweep(clock.millis());
        } catch (RuntimeException e) {
            log.warn("View flush failed", e); // the executor would silently stop rescheduling after an exception
        }
    }
}
