package org.roleatlas.system.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backup [FILE]} and {@code restore FILE}: run before (and without) the application context, because the
 * embedded database takes one process at a time. {@code backup} asks a running server to write the backup
 * through its management port ({@link BackupEndpoint}); with no server running it opens the database itself.
 * {@code restore} only fills a data directory that has no database, so it never overwrites data nor races a
 * running server.
 */
public final class BackupCommands {

    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupCommands() {
    }

    public static boolean handles(List<String> command) {
        return !command.isEmpty() && (command.get(0).equals("backup") || command.get(0).equals("restore"));
    }

    /** @return the exit status */
    public static int run(Path dataDir, List<String> command, Map<String, String> environment) {
        Object handler = command.get(0).equals("backup") ? new Backup(dataDir, environment)
                : new Restore(dataDir, environment);
        CommandLine commandLine = new CommandLine(handler);
        commandLine.setOut(new PrintWriter(System.out, true));
        commandLine.setErr(new PrintWriter(System.err, true));
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("roleatlas: " + e.getMessage());
            return 1;
        });
        return commandLine.execute(command.stream().skip(1).toArray(String[]::new));
    }

    /** Refuses a database other than the embedded one, naming the tool to use instead; null when embedded. */
    private static String notEmbedded(Map<String, String> environment, String tool) {
        String url = environment.get("ROLEATLAS_DB_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return "ROLEATLAS_DB_URL points at " + (url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : url)
                + "; this command handles the embedded database in the data directory. Use " + tool
                + " for PostgreSQL (docs/OPERATIONS.md, Backups).";
    }

    private static Connection open(Path dataDir, Map<String, String> environment) throws SQLException {
        return DriverManager.getConnection(EmbeddedDatabase.url(dataDir),
                environment.getOrDefault("ROLEATLAS_DB_USER", "sa"), environment.getOrDefault("ROLEATLAS_DB_PASSWORD", ""));
    }

    /** A command on the embedded database of one data directory. */
    private abstract static class OnDataDirectory implements Callable<Integer> {

        final Path dataDir;
        final Map<String, String> environment;

        /** The tool that does this command's work for PostgreSQL. */
        private final String postgresTool;

        OnDataDirectory(Path dataDir, Map<String, String> environment, String postgresTool) {
            this.dataDir = dataDir;
            this.environment = environment;
            this.postgresTool = postgresTool;
        }

        @Override
        public final Integer call() throws Exception {
            String refusal = notEmbedded(environment, postgresTool);
            return refusal != null ? fail(refusal) : run();
        }

        abstract int run() throws Exception;
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Writes a consistent backup of the embedded database to a zip file. While a server runs "
                    + "on the data directory, the server writes it (through its management port) and goes on "
                    + "serving; otherwise this command opens the database itself.",
                    "PostgreSQL: use pg_dump (docs/OPERATIONS.md)."})
    static final class Backup extends OnDataDirectory {

        @Parameters(arity = "0..1", paramLabel = "FILE",
                description = "The zip file to write; it must not exist (default: roleatlas-backup-DATE-TIME.zip "
                        + "in the current directory).")
        Path file;

        Backup(Path dataDir, Map<String, String> environment) {
            super(dataDir, environment, "pg_dump");
        }

        @Override
        int run() throws Exception {
            if (!EmbeddedDatabase.exists(dataDir)) {
                return fail("there is no database in " + EmbeddedDatabase.directory(dataDir) + " to back up");
            }
            Path target = (file != null ? file : Path.of("roleatlas-backup-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip"))
                    .toAbsolutePath().normalize();
            if (Files.exists(target)) {
                return fail(target + " exists already; a backup never overwrites a file");
            }
            if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
                return fail("the directory " + target.getParent() + " does not exist");
            }
            BackupDoor door = BackupDoor.read(dataDir);
            if (door != null) {
                Integer status = throughServer(door, target);
                if (status != null) {
                    return status;
                }
            }
            try (Connection connection = open(dataDir, environment);
                 Statement statement = connection.createStatement()) {
                statement.execute("backup to " + EmbeddedDatabase.literal(target.toString()));
            } catch (SQLException e) {
                if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                    return fail("the database in " + dataDir + " is open in a running server that cannot be reached "
                            + "for a backup (it left no address in " + BackupDoor.in(dataDir) + ": is it still "
                            + "starting, or its management port turned off?). Try again once it is ready, or stop it.");
                }
                throw e;
            }
            System.out.println("backup: wrote " + target + " (" + Files.size(target) + " bytes); no server was running");
            return 0;
        }

        /** @return the exit status, or null when no server answers at the door (one killed left it behind) */
        private Integer throughServer(BackupDoor door, Path target) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(door.url()))
                    .timeout(Duration.ofMinutes(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("token", door.token(), "file", target.toString()))))
                    .build();
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException | HttpConnectTimeoutException e) {
                return null;
            }
            JsonNode body = response.body().isBlank() ? null : JSON.readTree(response.body());
            if (response.statusCode() != 200) {
                String detail = body != null && body.has("detail") ? body.get("detail").asString()
                        : "HTTP " + response.statusCode();
                return fail("the running server refused the backup: " + detail);
            }
            System.out.println("backup: wrote " + target + " (" + body.get("bytes").asLong()
                    + " bytes) through the running server, which went on serving");
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Restores a backup made by the backup command into a data directory that has no database "
                    + "(a new one, or one whose db folder was moved away with the server stopped). The search "
                    + "index is rebuilt when the server next starts.",
                    "PostgreSQL: use pg_restore (docs/OPERATIONS.md)."})
    static final class Restore extends OnDataDirectory {

        @Parameters(paramLabel = "FILE", description = "The zip file the backup command wrote.")
        Path file;

        Restore(Path dataDir, Map<String, String> environment) {
            super(dataDir, environment, "pg_restore");
        }

        @Override
        int run() throws Exception {
            Path source = file.toAbsolutePath().normalize();
            if (!Files.isRegularFile(source)) {
                return fail(source + ": no such file");
            }
            if (!EmbeddedDatabase.isBackup(source)) {
                return fail(source + " is not a backup of the RoleAtlas database (it holds no "
                        + EmbeddedDatabase.FILE + ")");
            }
            Path db = EmbeddedDatabase.directory(dataDir);
            if (EmbeddedDatabase.exists(dataDir)) {
                return fail(db + " already holds a database, which restore never overwrites. Restore into a new "
                        + "data directory (--data DIR), or stop the server and move " + db + " away first.");
            }
            createOwnerOnly(db);
            org.h2.tools.Restore.execute(source.toString(), db.toString(), EmbeddedDatabase.NAME);
            long questions;
            try (Connection connection = open(dataDir, environment);
                 Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("select count(*) from question")) {
                count.next();
                questions = count.getLong(1);
            } catch (SQLException e) {
                Files.deleteIfExists(db.resolve(EmbeddedDatabase.FILE));
                return fail("the restored database cannot be read (" + e.getMessage() + "); nothing was restored");
            }
            Path index = dataDir.resolve("search");
            boolean removedIndex = Files.isDirectory(index);
            if (removedIndex) {
                deleteTree(index); // it follows another state of the database
            }
            System.out.println("restore: " + db + " from " + source + " (" + questions + " questions); "
                    + (removedIndex ? "removed the search index of the database that was there; " : "")
                    + "the server builds the search index when it starts");
            return 0;
        }
    }

    private static void createOwnerOnly(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(directory);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static int fail(String message) {
        System.err.println("roleatlas: " + message);
        return 1;
    }
}
