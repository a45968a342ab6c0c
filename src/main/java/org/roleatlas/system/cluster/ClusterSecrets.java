package org.roleatlas.system.cluster;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secret keys every node must share (e.g. the key that signs the sign-in device cookie), made at random by the
 * first node that asks and kept in the {@code cluster_secret} table. Two nodes asking at once agree: the insert
 * of the second loses on the primary key and it reads the first one's key.
 */
@Component
public class ClusterSecrets {

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ClusterSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return 32 random bytes under this name, the same on every node and across restarts */
    public byte[] key(String name) {
        Optional<String> stored = read(name);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try {
                jdbc.sql("insert into cluster_secret (name, secret) values (?, ?)")
                        .params(name, Base64.getEncoder().encodeToString(fresh)).update();
            } catch (DuplicateKeyException lostTheRace) {
                // another node made it first: use theirs
            }
            stored = read(name);
        }
        return Base64.getDecoder().decode(stored.orElseThrow());
    }

    private Optional<String> read(String name) {
        return jdbc.sql("select secret from cluster_secret where name = ?").param(name).query(String.class).optional();
    }
}
