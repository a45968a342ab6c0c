package org.roleatlas;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database (H2) or schema (PostgreSQL) of a test's own, new on every run, for tests that change data. The
 * test profiles (application-h2/postgres.properties) build the connection from {@code roleatlas.test.db-name}.
 */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    /** A name unique to this run, e.g. {@code import_mwt82ghq}. */
    public static String name(String prefix) {
        return prefix + "_" + Long.toString(System.currentTimeMillis(), 36);
    }

    /** Call from the test's {@code @DynamicPropertySource} method. */
    public static void use(DynamicPropertyRegistry registry, String name) {
        registry.add("roleatlas.test.db-name", () -> name);
    }
}
