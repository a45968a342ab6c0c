package org.roleatlas.system.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup} on the management port: the running server writes a consistent backup of the
 * embedded H2 database it holds to a zip file (H2's {@code BACKUP TO}, which copies a snapshot of the database
 * while requests go on). Only with the secret of this start, which the server leaves in its data directory for
 * the {@code backup} command ({@link BackupDoor}): whoever can read the data directory may back it up, nobody else.
 * On PostgreSQL it refuses and points at {@code pg_dump}.
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

    private static final Logger log = LoggerFactory.getLogger(BackupEndpoint.class);

    private final DataSource dataSource;
    private final Environment environment;
    private final ApplicationContext context;
    private final String token;

    BackupEndpoint(DataSource dataSource, Environment environment, ApplicationContext context) {
        this.dataSource = dataSource;
        this.environment = environment;
        this.context = context;
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    @WriteOperation
    WebEndpointResponse<Map<String, Object>> backup(String token, String file) {
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                this.token.getBytes(StandardCharsets.UTF_8))) {
            return answer(403, "the token does not match this server's (read it from " + BackupDoor.FILE
                    + " in the data directory)");
        }
        if (file == null || file.isBlank() || !Path.of(file).isAbsolute()) {
            return answer(400, "file: give the absolute path of the zip file to write");
        }
        Path target = Path.of(file);
        if (Files.exists(target)) {
            return answer(409, "file: " + target + " exists already; backups never overwrite");
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!EmbeddedDatabase.isEmbeddedH2(connection.getMetaData().getURL())) {
                return answer(409, "the database is " + connection.getMetaData().getDatabaseProductName()
                        + ", not the embedded one: back it up with its own tools (pg_dump for PostgreSQL)");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("backup to " + EmbeddedDatabase.literal(target.toString()));
            }
            long bytes = Files.size(target);
            log.info("Backed up the database to {} ({} bytes)", target, bytes);
            return new WebEndpointResponse<>(Map.of("file", target.toString(), "bytes", bytes), 200);
        } catch (SQLException | IOException e) {
            return answer(500, "the backup failed: " + e.getMessage());
        }
    }

    private static WebEndpointResponse<Map<String, Object>> answer(int status, String detail) {
        return new WebEndpointResponse<>(Map.of("status", status, "detail", detail), status);
    }

    /** Once the server is ready: tells the {@code backup} command where to find it (embedded database only). */
    @EventListener(ApplicationReadyEvent.class)
    void openDoor() {
        String port = environment.getProperty("local.management.port");
        if (port == null || !embedded()) {
            return;
        }
        String address = environment.getProperty("management.server.address", "127.0.0.1");
        if (address.isBlank() || address.equals("0.0.0.0") || address.equals("::")) {
            address = "127.0.0.1";
        }
        String host = address.contains(":") ? "[" + address + "]" : address;
        try {
            new BackupDoor("http://" + host + ":" + port + "/actuator/backup", token).write(dataDir());
        } catch (IOException e) {
            log.warn("Cannot write {} in the data directory; the backup command will not reach this server: {}",
                    BackupDoor.FILE, e.getMessage());
        }
    }

    @EventListener(ContextClosedEvent.class)
    void closeDoor(ContextClosedEvent event) {
        if (event.getApplicationContext() != context) {
            return; // the management context closing first
        }
        try {
            BackupDoor door = BackupDoor.read(dataDir());
            if (door != null && door.token().equals(token)) {
                Files.deleteIfExists(BackupDoor.in(dataDir()));
            }
        } catch (IOException e) {
            log.debug("Cannot remove {}: {}", BackupDoor.FILE, e.getMessage());
        }
    }

    private Path dataDir() {
        return Path.of(environment.getRequiredProperty("roleatlas.home"));
    }

    private boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return EmbeddedDatabase.isEmbeddedH2(connection.getMetaData().getURL());
        } catch (SQLException e) {
            return false;
        }
    }
}
