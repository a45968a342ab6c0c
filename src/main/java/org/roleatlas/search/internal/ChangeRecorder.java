package org.roleatlas.search.internal;

import java.time.Clock;

import org.roleatlas.search.ContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every {@link ContentChanged} in the change log, synchronously in the publisher's transaction: if the write
 * commits, so does its log row, and a crash right after the commit loses nothing (the indexer finds the row on
 * restart). After the commit, this node's indexer is woken so that search catches up at once instead of at its next
 * poll. See docs/decisions/0015-search-index-follows-a-change-log.md.
 */
@Component
record ChangeRecorder(ChangeLog log, IndexWake wake, Clock clock) {

    @EventListener
    void on(ContentChanged change) {
        log.append(change.type(), change.key(), clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake.signal();
                }
            });
        } else {
            wake.signal(); // no transaction: the insert has committed already
        }
    }
}
