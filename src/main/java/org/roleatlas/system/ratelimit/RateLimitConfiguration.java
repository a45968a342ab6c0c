package org.roleatlas.system.ratelimit;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.roleatlas.system.cluster.Databases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    /**
     * Uses the application's Clock bean when there is one (tests can move time), else the system clock. On
     * PostgreSQL the limits are also counted in the database for the whole cluster ({@link SharedWindows}), through
     * a small pool of its own (closed with the context).
     */
    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties, ObjectProvider<Clock> clock,
                            ObjectProvider<DataSource> dataSource, ObjectProvider<DataSourceProperties> database) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        List<RateLimitPolicy> policies = properties.policies();
        SharedWindows shared = null;
        DataSource source = dataSource.getIfAvailable();
        DataSourceProperties settings = database.getIfAvailable();
        if (source != null && settings != null && Databases.isPostgres(source)) {
            shared = new SharedWindows(permitPool(settings), policies, time);
        }
        return new RateLimiter(policies, time, properties.rateLimitMaxKeys(), shared);
    }

    private static DataSource permitPool(DataSourceProperties database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rate-limits");
        config.setJdbcUrl(database.determineUrl());
        config.setUsername(database.determineUsername());
        config.setPassword(database.determinePassword());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setIdleTimeout(10_000);
        return new HikariDataSource(config);
    }

    /** Once a minute, on one node of the cluster: deletes shared windows that have passed. */
    @Bean
    @Lazy(false)
    SharedBucketSweep sharedBucketSweep(RateLimiter limiter) {
        return new SharedBucketSweep(limiter);
    }

    static class SharedBucketSweep {

        private final RateLimiter limiter;

        SharedBucketSweep(RateLimiter limiter) {
            this.limiter = limiter;
        }

        @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
        @SchedulerLock(name = "rate-limit-sweep", lockAtMostFor = "PT5M")
        public void sweep() {
            int removed = limiter.removeExpiredSharedWindows();
            if (removed > 0) {
                log.debug("Deleted {} expired rate-limit windows", removed);
            }
        }
    }
}
