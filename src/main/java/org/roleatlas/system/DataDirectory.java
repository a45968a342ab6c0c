package org.roleatlas.system;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory holds the embedded database and the search index: readable by the owner only. It is
 * created with mode 700 and, when it exists, its mode and its files' modes are narrowed on every start (a
 * database file left readable by others by an older version or a copy is closed on the next start).
 */
final class DataDirectory {

    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {
    }

    static void prepare(Path directory) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(directory)) {
            if (posix) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            } else {
                Files.createDirectories(directory);
            }
        }
        if (!posix) {
            return;
        }
        Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        for (String child : new String[] {"db", "search"}) {
            Path path = directory.resolve(child);
            if (Files.isDirectory(path)) {
                Files.setPosixFilePermissions(path, OWNER_ONLY_DIRECTORY);
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        if (Files.isRegularFile(file)) {
                            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                        }
                    }
                }
            }
        }
    }
}
