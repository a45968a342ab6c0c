package org.roleatlas.system;

/**
 * A command of {@code java -jar roleatlas.jar <command>}: a Spring bean annotated with picocli's
 * {@code @Command}, contributed by the module that owns what the command does.
 */
public interface CliCommand {
}
