package org.roleatlas.views.internal;

import java.util.List;
import java.util.Map;

import org.roleatlas.views.ViewsAdded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The SQL of view counts: {@code question.view_count}, the only column this module writes. */
@Repository
class ViewRepository {

    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;

    ViewRepository(JdbcTemplate batch, ApplicationEventPublisher events) {
        this.batch = batch;
        this.events = events;
    }

    /**
     * Adds counted views, all in one JDBC batch and one transaction (all or none, so a failed flush can be retried
     * without counting twice). Additive, so nodes sharing the database never overwrite each other's counts.
     */
    @Transactional
    void addViews(List<Map.Entry<Long, Long>> views) {
        batch.batchUpdate("update question set view_count = view_count + ? where id = ?",
                views.stream().map(v -> new Object[] {v.getValue(), v.getKey()}).toList());
        events.publishEvent(new ViewsAdded(views.stream().map(Map.Entry::getKey).toList()));
    }
}
