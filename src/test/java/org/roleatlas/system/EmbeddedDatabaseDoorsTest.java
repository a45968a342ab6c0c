package org.roleatlas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.CommandLineRun;

/**
 * The embedded database opens no network port and its files are the owner's alone: the data directory is mode
 * 700, and while a server holds the database, a command refuses with a message that says what to do instead of
 * reaching in through a TCP port.
 */
class EmbeddedDatabaseDoorsTest {

    @TempDir
    Path data;

    @Test
    void theDataDirectoryIsTheOwnersAloneAndTheDatabaseOpensNoPort() throws Exception {
        CommandLineRun roles = CommandLineRun.launch(data, "roles");
        assertThat(roles.status()).as(roles.toString()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");

        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path database = data.resolve("db/roleatlas.mv.db");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(CommandLineRun.launch(data, "roles").status()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
    }

    @Test
    void aCommandRefusesClearlyWhileAnotherProcessHoldsTheDatabase() throws Exception {
        assertThat(CommandLineRun.launch(data, "roles").status()).isZero(); // creates the database
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(),
                "jdbc:h2:file:" + data.resolve("db/roleatlas") + ";WRITE_DELAY=0")
                .redirectErrorStream(true).start();
        try {
            awaitLine(holder.getInputStream(), "holding", Duration.ofSeconds(30));
            // With AUTO_SERVER, H2 writes a lock file announcing its TCP port ("server=host:port") and key.
            Path lockFile = data.resolve("db/roleatlas.lock.db");
            if (Files.exists(lockFile)) {
                Properties lock = new Properties();
                try (InputStream in = Files.newInputStream(lockFile)) {
                    lock.load(in);
                }
                assertThat(lock.stringPropertyNames()).as("no TCP server announced").doesNotContain("server");
            }

            CommandLineRun refused = CommandLineRun.launch(data, "roles");
            assertThat(refused.status()).isEqualTo(1);
            assertThat(refused.err()).contains("is open in a running RoleAtlas server")
                    .contains("Stop the server and run the command again");
            assertThat(refused.err().lines().count()).as(refused.err()).isEqualTo(1);
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    private static void awaitLine(InputStream in, String expected, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            seen.append((char) c);
            if (seen.indexOf(expected) >= 0) {
                return;
            }
        }
        throw new AssertionError("the holder process did not start: " + seen);
    }

    /** Another process with the database open, as a running server has it. */
    public static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
                connection.createStatement().execute("select 1");
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(120_000);
            }
        }
    }
}
