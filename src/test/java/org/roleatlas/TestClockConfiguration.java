package org.roleatlas;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * {@code @Import(TestClockConfiguration.class)}: the application reads time from a {@link TestClock#running()} that
 * the test can move ({@code @Autowired TestClock clock; clock.advance(...)}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return TestClock.running();
    }
}
