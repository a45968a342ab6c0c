package org.roleatlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** {@code serve --demo} on an empty database: the sample is there once the application is ready. */
@SpringBootTest(args = "--demo")
@OwnDatabase
@ActiveProfiles("h2")
class DemoOnFirstStartTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoOnFirstStart onFirstStart;

    @Test
    void anEmptyDatabaseGetsTheSampleOnceAndASecondStartLoadsNothingMore() {
        assertThat(jdbc.sql("select count(*) from question").query(Long.class).single()).isEqualTo(40);

        onFirstStart.loadIfAskedAndEmpty(); // what the next start does

        assertThat(jdbc.sql("select count(*) from question").query(Long.class).single()).isEqualTo(40);
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isEqualTo(72);
    }
}
