package org.roleatlas.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files an import reads: each file named, and every catalogue file under each directory named. */
final class ImportFiles {

    /** A file to read and the name problems and the report use for it. */
    record Source(Path path, String name) {
    }

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json", ".md", ".markdown", ".txt");

    private ImportFiles() {
    }

    /**
     * Files are taken as given; a directory contributes its catalogue files (by extension, hidden files skipped) in
     * path order, all levels down, so the directory {@code export --out} writes imports back as it is.
     */
    static List<Source> expand(List<Path> paths, List<String> problems) {
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                sources.add(new Source(path, path.toString()));
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                List<Path> found = walk.filter(Files::isRegularFile).filter(ImportFiles::isCatalogueFile).sorted().toList();
                if (found.isEmpty()) {
                    problems.add(path + ": the directory has no catalogue files (" + String.join(", ", EXTENSIONS) + ")");
                }
                found.forEach(f -> sources.add(new Source(f, f.toString())));
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(path + ": cannot read the directory: " + e.getMessage());
            }
        }
        return sources;
    }

    static boolean isCatalogueFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    static boolean isTable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt");
    }

    static boolean isDocument(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }
}
