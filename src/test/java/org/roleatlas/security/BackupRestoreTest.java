package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.CommandLineRun;

/**
 * The embedded database's backups as an operator takes them: {@code backup} while the server (a JVM of its own,
 * holding the database) keeps serving, {@code restore} into a data directory without a database, and the restored
 * server has exactly what the backup had: a question written after the backup is gone, the one before is there and
 * found by search. Restore refuses to overwrite a database; backup refuses to overwrite a file.
 */
class BackupRestoreTest {

    private static final List<String> JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path work;

    @Test
    void anOnlineBackupRestoresToWhatWasThereWhenItWasTaken() throws Exception {
        Path data = work.resolve("data");
        Path zip = work.resolve("before.zip");
        long kept;
        long later;
        try (ServerProcess server = ServerProcess.start("backup-online", data, ServerProcess.Database.embedded(), JVM)) {
            Site.Member member = server.site().member("keeper", "Keeper");
            kept = member.ask("Who signs off a quarkwhistle budget?", "Asked before the backup.", Map.of());

            CommandLineRun backup = CommandLineRun.launch(data, "backup", zip.toString());

            assertThat(backup.status()).as("%s", backup).isZero();
            assertThat(backup.out()).contains("through the running server");
            assertThat(zip).isRegularFile();
            later = member.ask("Written after the backup: a lanternfish question?", "Not in the backup.", Map.of());
            assertThat(server.site().get("/api/questions/" + later).statusCode()).isEqualTo(200);

            CommandLineRun again = CommandLineRun.launch(data, "backup", zip.toString());
            assertThat(again.status()).as("%s", again).isEqualTo(1);
            assertThat(again.err()).contains("exists already");
        }

        CommandLineRun overwrite = CommandLineRun.launch(data, "restore", zip.toString());
        assertThat(overwrite.status()).as("%s", overwrite).isEqualTo(1);
        assertThat(overwrite.err()).contains("already holds a database");

        Path restored = work.resolve("restored");
        CommandLineRun restore = CommandLineRun.launch(restored, "restore", zip.toString());
        assertThat(restore.status()).as("%s", restore).isZero();
        assertThat(restore.out()).contains("restore: ").contains("(1 questions)");

        try (ServerProcess server = ServerProcess.start("backup-restored", restored,
                ServerProcess.Database.embedded(), JVM)) {
            Site site = server.site();
            assertThat(site.get("/api/questions/" + kept).statusCode()).as("the question from before the backup")
                    .isEqualTo(200);
            assertThat(site.get("/api/questions/" + later).statusCode()).as("the question written after it")
                    .isEqualTo(404);
            assertThat(found(site, "quarkwhistle")).as("search finds the restored question").isEqualTo(1);
            assertThat(Site.json(site.get("/api/search?q=lanternfish")).get("total").asLong())
                    .as("search knows nothing written after the backup").isZero();
        }
    }

    @Test
    void withNoServerRunningTheCommandTakesTheBackupItself() throws Exception {
        Path data = work.resolve("data");
        long asked;
        try (ServerProcess server = ServerProcess.start("backup-offline", data, ServerProcess.Database.embedded(), JVM)) {
            asked = server.site().member("offline", "Offline").ask("Stopped-server backups of a mooncalf?",
                    "Taken while nothing runs.", Map.of());
        }
        assertThat(data.resolve("backup.door")).as("the stopped server took its address away").doesNotExist();

        Path zip = work.resolve("stopped.zip");
        CommandLineRun backup = CommandLineRun.launch(data, "backup", zip.toString());
        assertThat(backup.status()).as("%s", backup).isZero();
        assertThat(backup.out()).contains("no server was running");

        Path restored = work.resolve("restored");
        Files.createDirectories(restored.resolve("search"));
        Files.writeString(restored.resolve("search").resolve("stale"), "an index of another database");
        CommandLineRun restore = CommandLineRun.launch(restored, "restore", zip.toString());
        assertThat(restore.status()).as("%s", restore).isZero();
        assertThat(restore.out()).contains("removed the search index");
        assertThat(restored.resolve("search")).doesNotExist();

        try (ServerProcess server = ServerProcess.start("backup-offline-restored", restored,
                ServerProcess.Database.embedded(), JVM)) {
            assertThat(server.site().get("/api/questions/" + asked).statusCode()).isEqualTo(200);
            assertThat(found(server.site(), "mooncalf")).isEqualTo(1);
        }
    }

    /**
     * How many results a search has once the restored server's index holds anything for it: the server starts
     * without an index and builds it from the database while it already answers, so this waits up to 30 s. (A
     * search expected to find nothing is asked after one that found something, once the index is built.)
     */
    private static long found(Site site, String word) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        long total;
        do {
            total = Site.json(site.get("/api/search?q=" + word)).get("total").asLong();
            if (total > 0) {
                return total;
            }
            ServerProcess.sleep(200);
        } while (System.nanoTime() < deadline);
        return total;
    }

    @Test
    void restoreRefusesWhatIsNotABackup() throws Exception {
        Path notBackup = work.resolve("notes.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(notBackup))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("hello".getBytes());
        }
        CommandLineRun restore = CommandLineRun.launch(work.resolve("data"), "restore", notBackup.toString());
        assertThat(restore.status()).isEqualTo(1);
        assertThat(restore.err()).contains("is not a backup");
        assertThat(work.resolve("data").resolve("db").resolve("roleatlas.mv.db")).doesNotExist();

        CommandLineRun missing = CommandLineRun.launch(work.resolve("data"), "restore", work.resolve("nope.zip").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void backupOfADataDirectoryWithoutADatabaseSaysSo() {
        CommandLineRun backup = CommandLineRun.launch(work.resolve("empty"), "backup", work.resolve("x.zip").toString());
        assertThat(backup.status()).isEqualTo(1);
        assertThat(backup.err()).contains("no database");
        assertThat(work.resolve("x.zip")).doesNotExist();
    }
}
