package org.roleatlas.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options every face of the application shares, taken out of the arguments before anything starts:
 * {@code --data DIR} (else {@code ROLEATLAS_HOME}, else {@code ./data}) and {@code --port N} (else {@code PORT},
 * else 8080). What is left is the command and its own arguments.
 */
record LaunchOptions(Path dataDir, Integer port, List<String> command) {

    static LaunchOptions parse(String[] args, Map<String, String> environment) {
        String data = null;
        Integer port = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data") || arg.equals("--port")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args[++i];
                if (arg.equals("--data")) {
                    data = value;
                } else {
                    port = parsePort(value);
                }
            } else if (arg.startsWith("--data=")) {
                data = arg.substring("--data=".length());
            } else if (arg.startsWith("--port=")) {
                port = parsePort(arg.substring("--port=".length()));
            } else {
                rest.add(arg);
            }
        }
        if (data == null) {
            data = environment.getOrDefault("ROLEATLAS_HOME", "data");
        }
        return new LaunchOptions(Path.of(data).toAbsolutePath().normalize(), port, List.copyOf(rest));
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number from 0 to 65535, got '" + value + "'");
        }
    }

    boolean serve() {
        return command.isEmpty() || command.get(0).equals("serve");
    }
}
