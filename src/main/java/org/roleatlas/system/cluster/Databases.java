package org.roleatlas.system.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/** What kind of database the application runs on, read from the connection (not from a setting). */
public final class Databases {

    private Databases() {
    }

    /** Whether the data source is PostgreSQL: several nodes may then share it. */
    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
