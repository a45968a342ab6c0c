package org.roleatlas.system.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.roleatlas.system.LocalWrites;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class CountingTransactionsTest {

    private final LocalWrites writes = new LocalWrites();
    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    CountingTransactionsTest() {
        dataSource.setURL("jdbc:h2:mem:counting;DB_CLOSE_DELAY=-1");
        transaction = new TransactionTemplate(new CountingTransactions.CountingTransactionManager(dataSource, writes));
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table if not exists t (x int)").update();
    }

    @Test
    void aCommittedReadWriteTransactionMovesTheGeneration() {
        long before = writes.generation();
        transaction.executeWithoutResult(s -> jdbc.sql("insert into t values (1)").update());
        assertThat(writes.generation()).isEqualTo(before + 1);
    }

    @Test
    void aReadOnlyOrRolledBackTransactionDoesNot() {
        long before = writes.generation();
        transaction.setReadOnly(true);
        transaction.executeWithoutResult(s -> jdbc.sql("select count(*) from t").query(Integer.class).single());
        transaction.setReadOnly(false);
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
            jdbc.sql("insert into t values (2)").update();
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(writes.generation()).isEqualTo(before);
    }
}
