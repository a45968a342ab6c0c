package org.roleatlas;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Names the database of a test class marked {@link OwnDatabase} (registered in META-INF/spring.factories). The name
 * is part of the context's cache key: one context per test class, shared by its tests and {@code @Nested} classes.
 */
public final class OwnDatabases implements ContextCustomizerFactory {

    static final String PROPERTY = "roleatlas.test.db-name";

    /** Differs from run to run: a PostgreSQL schema outlives the run that made it. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36)
            + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36);

    /** A name unique to this run, e.g. {@code settings_mwt82ghq1a}; for applications a test starts itself. */
    public static String name(String prefix) {
        return prefix + "_" + RUN;
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, OwnDatabase.class)) {
            return null;
        }
        Class<?> owner = testClass;
        while (owner.getEnclosingClass() != null && TestContextAnnotationUtils.searchEnclosingClass(owner)) {
            owner = owner.getEnclosingClass();
        }
        String prefix = owner.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return new Customizer(name(prefix.substring(0, Math.min(prefix.length(), 40))));
    }

    /** A record, so that two configurations are equal exactly when they name the same database. */
    record Customizer(String name) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ownDatabase",
                    Map.of(PROPERTY, name)));
        }
    }
}
