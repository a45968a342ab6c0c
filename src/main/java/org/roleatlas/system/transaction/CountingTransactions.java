package org.roleatlas.system.transaction;

import javax.sql.DataSource;

import org.roleatlas.system.LocalWrites;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The application's transaction manager: Spring Boot's JDBC one, which also counts committed read-write transactions
 * in {@link LocalWrites}. Counting at the one place every transaction ends means no write method can forget it.
 */
@Configuration(proxyBeanMethods = false)
class CountingTransactions {

    @Bean
    LocalWrites localWrites() {
        return new LocalWrites();
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, LocalWrites writes) {
        return new CountingTransactionManager(dataSource, writes);
    }

    static final class CountingTransactionManager extends JdbcTransactionManager {

        private final transient LocalWrites writes;

        CountingTransactionManager(DataSource dataSource, LocalWrites writes) {
            super(dataSource);
            this.writes = writes;
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            super.doCommit(status);
            if (!status.isReadOnly()) {
                writes.committed();
            }
        }
    }
}
