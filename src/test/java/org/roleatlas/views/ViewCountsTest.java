package org.roleatlas.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewCountsTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0 views",
            "1, 1 view",
            "2, 2 views",
            "999, 999 views",
            "1000, 1k views",
            "1049, 1k views",
            "1099, 1k views",
            "1100, 1.1k views",
            "3000, 3k views",
            "11749, 11.7k views",
            "11700, 11.7k views",
            "999999, 999.9k views",
            "1000000, 1M views",
            "1250000, 1.2M views",
            "123456789, 123.4M views"})
    void readsAsInTheCommunity(long count, String expected) {
        assertThat(ViewCounts.views(count)).isEqualTo(expected);
    }
}
