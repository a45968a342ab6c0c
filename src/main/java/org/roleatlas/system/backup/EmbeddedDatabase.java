package org.roleatlas.system.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Where the embedded database lives in a data directory, and what a backup of it holds. */
final class EmbeddedDatabase {

    /** The database's name in {@code DATA/db}, as application.properties gives it. */
    static final String NAME = "roleatlas";
    /** H2's one file per database (MVStore). */
    static final String FILE = NAME + ".mv.db";

    private EmbeddedDatabase() {
    }

    static Path directory(Path dataDir) {
        return dataDir.resolve("db");
    }

    static boolean exists(Path dataDir) {
        return Files.exists(directory(dataDir).resolve(FILE));
    }

    static String url(Path dataDir) {
        return "jdbc:h2:file:" + directory(dataDir).resolve(NAME) + ";IFEXISTS=TRUE";
    }

    /** An H2 database in a file opened by this process (not in memory, not through an H2 TCP server). */
    static boolean isEmbeddedH2(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }

    /** A string literal of H2's SQL. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Whether a zip file is a backup of the embedded database: it holds the database's file. */
    static boolean isBackup(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(FILE)) {
                    return true;
                }
            }
        }
        return false;
    }
}
