package org.roleatlas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LogPositionTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void withoutGapsTheDurablePositionIsTheHighestIdSeen() {
        LogPosition position = new LogPosition(4);
        position.saw(List.of(5L, 6L, 7L), NOW);
        assertThat(position.durable()).isEqualTo(7);
        assertThat(position.gaps()).isEmpty();
    }

    @Test
    void anIdSkippedOverIsAGapThatHoldsTheDurablePositionBelowItUntilItArrives() {
        LogPosition position = new LogPosition(4);
        position.saw(List.of(5L, 8L), NOW);
        assertThat(position.gaps()).containsExactly(6L, 7L);
        assertThat(position.durable()).isEqualTo(5);
        position.saw(List.of(7L), NOW);
        assertThat(position.durable()).isEqualTo(5);
        position.saw(List.of(6L), NOW);
        assertThat(position.durable()).isEqualTo(8);
    }

    @Test
    void aGapOlderThanThePatienceIsGivenUpAsARolledBackTransaction() {
        LogPosition position = new LogPosition(0);
        position.saw(List.of(2L), NOW);
        position.expire(NOW.plus(LogPosition.GAP_PATIENCE));
        assertThat(position.durable()).isEqualTo(0);
        position.expire(NOW.plus(LogPosition.GAP_PATIENCE).plusSeconds(1));
        assertThat(position.durable()).isEqualTo(2);
    }
}
