package org.roleatlas.system;

import java.time.Clock;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * What every module may ask for: the clock to read time from, the application's own settings, and settings that
 * are checked when the application starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApplicationSettings.class)
class SystemConfiguration {

    /**
     * The one source of the current time. Tests replace it with a clock they move (a {@code @Primary} bean), so
     * a poll can close or a window pass without sleeping or editing rows.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Beans are created lazily (spring.main.lazy-initialization), but settings are bound and checked at start:
     * a bad value stops the start with a message naming the property instead of failing the first request that
     * needs it.
     */
    @Bean
    static LazyInitializationExcludeFilter settingsAreBoundAtStart() {
        return (name, definition, type) -> type != null
                && AnnotatedElementUtils.hasAnnotation(type, ConfigurationProperties.class);
    }
}
