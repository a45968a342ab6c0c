package org.roleatlas.system;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

import org.roleatlas.system.backup.BackupCommands;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Starts the server, or runs one command against the same data directory and returns its exit status. */
public final class CommandLineLauncher {

    /** Returned when a server was started: its own threads keep the JVM alive, so nobody may call exit. */
    public static final int SERVER_RUNNING = -1;

    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_DATABASE_IN_USE = 90020;

    private CommandLineLauncher() {
    }

    /** @return the exit status, or {@link #SERVER_RUNNING} */
    public static int launch(Class<?> application, String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("roleatlas: " + e.getMessage());
            return 2;
        }
        System.setProperty("roleatlas.home", options.dataDir().toString());
        try {
            DataDirectory.prepare(options.dataDir());
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("roleatlas: cannot use the data directory " + options.dataDir() + ": " + e.getMessage());
            return 1;
        }
        if (BackupCommands.handles(options.command())) {
            return BackupCommands.run(options.dataDir(), options.command(), System.getenv());
        }
        if (options.port() != null) {
            System.setProperty("server.port", options.port().toString());
        }
        if (options.serve()) {
            useAheadOfTimeBeanDefinitionsIfBuilt(application);
            try {
                new SpringApplicationBuilder(application).run(options.command().stream().skip(1).toArray(String[]::new));
            } catch (SpringApplication.AbandonedRunException e) {
                throw e; // the build's AOT processing stops the run this way on purpose
            } catch (RuntimeException e) {
                // Spring Boot has already explained the failure (e.g. "Port 8080 was already in use")
                System.err.println("roleatlas: the server did not start: " + rootMessage(e));
                return 1;
            }
            return SERVER_RUNNING;
        }
        return runCommand(application, options.command());
    }

    /**
     * The packaged jar carries bean definitions generated at build time (Spring AOT, {@code process-aot}); using
     * them skips condition evaluation at start. They describe the web server's context, so commands, tests and
     * runs from an IDE (where they were not generated) use the ordinary reflective start.
     */
    private static void useAheadOfTimeBeanDefinitionsIfBuilt(Class<?> application) {
        if (System.getProperty("spring.aot.enabled") != null || Boolean.getBoolean("spring.aot.processing")) {
            return; // chosen explicitly, or this is the build's AOT processing run itself
        }
        try {
            Class.forName(application.getName() + "__ApplicationContextInitializer", false, application.getClassLoader());
            System.setProperty("spring.aot.enabled", "true");
        } catch (ClassNotFoundException e) {
            // not an AOT-processed build
        }
    }

    private static int runCommand(Class<?> application, List<String> command) {
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties("roleatlas.command-line=true", "logging.level.root=WARN",
                            // Flyway warns on every start that the bundled H2 is newer than it was verified
                            // with; on the command line that would precede every command's own messages.
                            "logging.level.org.flywaydb.core.internal.database.base.Database=ERROR",
                            // A failed start is reported below as one line naming its cause, not as a stack trace.
                            "logging.level.org.springframework.boot.SpringApplication=OFF",
                            "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR",
                            "spring.main.lazy-initialization=true")
                    .run();
        } catch (RuntimeException e) {
            System.err.println("roleatlas: cannot start: " + rootMessage(e));
            return 1;
        }
        try (context) {
            CommandLine commandLine = new CommandLine(new Root());
            context.getBeansOfType(CliCommand.class).values().stream()
                    .sorted(Comparator.comparing(c -> c.getClass().getAnnotation(Command.class).name()))
                    .forEach(commandLine::addSubcommand);
            commandLine.addSubcommand("serve", new Serve());
            commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
                cl.getErr().println("roleatlas: " + rootMessage(e));
                return 1;
            });
            commandLine.setErr(new PrintWriter(System.err, true));
            return commandLine.execute(command.toArray(String[]::new));
        }
    }

    /**
     * The message that explains a failure: the embedded database held by another process, or the cause's own
     * message; a setting that could not be bound is named with it.
     */
    static String rootMessage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return "the database in " + System.getProperty("roleatlas.home") + " is open in a running RoleAtlas "
                        + "server (the embedded database takes one process at a time). Stop the server and run the "
                        + "command again, or let the server and commands share PostgreSQL (ROLEATLAS_DB_URL).";
            }
        }
        if (e instanceof CliException || e.getCause() == null) {
            return e.getMessage();
        }
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof CliException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                String property = bind.getName().toString();
                return message != null && message.contains(property) ? message : property + ": " + message;
            }
        }
        return message;
    }

    @Command(name = "roleatlas", mixinStandardHelpOptions = true, version = "RoleAtlas 0.1",
            description = "Define and compare technology roles. Global options: --data DIR (default ./data or "
                    + "$ROLEATLAS_HOME), --port N (default 8080 or $PORT).",
            subcommandsRepeatable = false)
    static final class Root implements Runnable {
        @Override
        public void run() {
            throw new CommandLine.ParameterException(new CommandLine(this), "name a command; try --help");
        }
    }

    @Command(name = "serve", description = "Start the web server (the default when no command is given).")
    static final class Serve implements Runnable {
        @Override
        public void run() {
            // Handled before the command line is built: LaunchOptions.serve() starts the web server instead.
        }
    }
}
