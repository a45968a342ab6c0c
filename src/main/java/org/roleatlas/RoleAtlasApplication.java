package org.roleatlas;

import org.roleatlas.system.CommandLineLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One jar, three faces: the web site, the JSON API and the command line. With no command (or {@code serve})
 * it starts the server; any other command runs against the same data directory and exits.
 */
@SpringBootApplication
@EnableScheduling
public class RoleAtlasApplication {

    public static void main(String[] args) {
        int status = CommandLineLauncher.launch(RoleAtlasApplication.class, args);
        if (status != CommandLineLauncher.SERVER_RUNNING) {
            System.exit(status);
        }
    }
}
