package org.roleatlas;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test class a database (H2) or schema (PostgreSQL) of its own, new on every run, for tests that change
 * data. {@link OwnDatabases} sets {@code roleatlas.test.db-name}, from which the test profiles
 * (application-h2/postgres.properties) build the connection. The name is made from the test class, so the H2 and
 * the PostgreSQL subclass of one contract get different ones, and each class keeps one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface OwnDatabase {
}
