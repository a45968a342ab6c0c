package org.roleatlas.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings the launcher gives every face of the application.
 *
 * @param home        {@code roleatlas.home}: the data directory, from {@code --data} or {@code ROLEATLAS_HOME}
 * @param commandLine {@code roleatlas.command-line}: true while a command runs rather than the server
 */
@ConfigurationProperties("roleatlas")
public record ApplicationSettings(@DefaultValue("data") Path home, boolean commandLine) {

    public ApplicationSettings {
        Settings.require(!home.toString().isBlank(), "roleatlas.home", "must name a directory", home);
    }
}
