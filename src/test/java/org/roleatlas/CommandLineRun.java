package org.roleatlas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.roleatlas.system.CommandLineLauncher;

/**
 * One run of the command line as a user runs it: {@link CommandLineLauncher#launch} in this JVM against a data
 * directory, with standard input given and standard output and error captured. System properties the launcher
 * (and Spring Boot) set are put back afterwards, so runs cannot leak into each other.
 */
public record CommandLineRun(int status, String out, String err) {

    public static CommandLineRun launch(Path data, String... args) {
        return launchWithInput(data, "", args);
    }

    public static CommandLineRun launchWithInput(Path data, String stdin, String... args) {
        String[] arguments = Stream.concat(Stream.of("--data", data.toString()), Stream.of(args)).toArray(String[]::new);
        Properties saved = (Properties) System.getProperties().clone();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        InputStream originalIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = CommandLineLauncher.launch(RoleAtlasApplication.class, arguments);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setIn(originalIn);
            System.setOut(originalOut);
            System.setErr(originalErr);
            restore(saved);
        }
        return new CommandLineRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void restore(Properties saved) {
        for (String key : System.getProperties().stringPropertyNames()) {
            if (!saved.containsKey(key)) {
                System.clearProperty(key);
            }
        }
        saved.stringPropertyNames().forEach(key -> System.setProperty(key, saved.getProperty(key)));
    }

    public List<String> outLines() {
        return out.lines().toList();
    }

    public List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
}
