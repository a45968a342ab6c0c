package org.roleatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The source documents in ../shared/seeds, read at test time as test input. Missing seeds fail the test. */
public final class Seeds {

    public static final String COMPARISON = "002_cbaed4fd278a71e4.txt";
    public static final String ARTICLE = "001_54065ac494bd1113.txt";
    public static final String DISCUSSION = "000_7c874761278b2d68.txt";

    private Seeds() {
    }

    public static Path path(String name) {
        Path seed = Path.of(System.getProperty("user.dir")).toAbsolutePath().resolveSibling("shared").resolve("seeds").resolve(name);
        if (!Files.isRegularFile(seed)) {
            throw new IllegalStateException("seed file missing: " + seed + " (the tests expect ../shared/seeds beside the project)");
        }
        return seed;
    }

    public static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the seed's Markdown table: header, delimiter and body. */
    public static List<String> tableLines(String name) {
        return text(name).lines().filter(l -> l.startsWith("|")).toList();
    }
}
