package org.roleatlas.system;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options every face of the application shares, taken out of the arguments before anything starts:
 * {@code --data DIR} (else {@code ROLEATLAS_HOME}, else {@code ./data}) and {@code --port N} (else {@code PORT},
 * else 8080), each also as {@code --data=DIR} and {@code --port=N}, anywhere among the arguments. What is left is
 * the command and its own arguments, in their order, for the command's own parser.
 *
 * @param port the port to listen on, or null when neither the option nor {@code PORT} gives one
 */
record LaunchOptions(Path dataDir, Integer port, List<String> command) {

    @Command(name = "roleatlas")
    private static final class Arguments {

        @Option(names = "--data", paramLabel = "DIR", description = "The data directory.")
        String data;

        @Option(names = "--port", paramLabel = "N", description = "The HTTP port.")
        String port;

        /** Everything else, options of the command included: picocli leaves unknown options here in order. */
        @Parameters
        List<String> rest = new ArrayList<>();
    }

    static LaunchOptions parse(String[] args, Map<String, String> environment) {
        Arguments arguments = new Arguments();
        CommandLine parser = new CommandLine(arguments)
                .setUnmatchedOptionsArePositionalParams(true)
                .setOverwrittenOptionsAllowed(true) // the last one wins, as before
                .setExpandAtFiles(false) // "@name" is an ordinary argument of a command, not a file of arguments
                .setEndOfOptionsDelimiter("\u0000--"); // "--" belongs to the command, which may have its own
        try {
            parser.parseArgs(args);
        } catch (CommandLine.MissingParameterException e) {
            throw new IllegalArgumentException(e.getMissing().stream().findFirst()
                    .map(spec -> spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel())
                    .orElse("an option") + " needs a value");
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        String data = arguments.data != null ? arguments.data : environment.getOrDefault("ROLEATLAS_HOME", "data");
        List<String> command = List.copyOf(arguments.rest);
        // PORT is read only to serve: a command never listens, so a stray PORT must not stop it.
        Integer port = null;
        if (arguments.port != null) {
            port = parsePort("--port", arguments.port);
        } else if (serves(command) && environment.containsKey("PORT")) {
            port = parsePort("PORT", environment.get("PORT"));
        }
        return new LaunchOptions(dataDirectory(arguments.data != null ? "--data" : "ROLEATLAS_HOME", data), port,
                command);
    }

    private static Path dataDirectory(String from, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(from + " must name a directory, got an empty value");
        }
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(from + " must name a directory, got '" + value + "': " + e.getReason());
        }
    }

    private static int parsePort(String from, String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(from + " must be a number from 0 to 65535, got '" + value + "'");
        }
    }

    boolean serve() {
        return serves(command);
    }

    private static boolean serves(List<String> command) {
        return command.isEmpty() || command.get(0).equals("serve");
    }
}
