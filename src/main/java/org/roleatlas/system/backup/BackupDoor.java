package org.roleatlas.system.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The file in the data directory through which the {@code backup} command reaches a running server: the URL of
 * the server's backup endpoint and a secret made at random at each start. Written when the server is ready,
 * readable by its owner only, deleted when it stops; one left behind by a killed server names a port nobody
 * answers on, and the command then takes the backup itself.
 */
record BackupDoor(String url, String token) {

    static final String FILE = "backup.door";

    static Path in(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    static BackupDoor read(Path dataDir) throws IOException {
        Path file = in(dataDir);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.size() < 2 ? null : new BackupDoor(lines.get(0).strip(), lines.get(1).strip());
    }

    void write(Path dataDir) throws IOException {
        Path target = in(dataDir);
        Path temporary;
        try {
            temporary = Files.createTempFile(dataDir, FILE, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            temporary = Files.createTempFile(dataDir, FILE, ".tmp"); // not a POSIX file system
        }
        Files.writeString(temporary, url + "\n" + token + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
