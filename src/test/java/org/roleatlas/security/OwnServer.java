package org.roleatlas.security;

import org.roleatlas.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server the in-process security tests talk to over HTTP: a real port, an embedded database of this suite's own,
 * and rate limits high enough that a test's hundreds of posts, votes and flags are never throttled. The classes
 * share one server (one Spring context); each makes members of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "roleatlas.rate-limits.post=999999/1m", "roleatlas.rate-limits.edit=999999/1m",
        "roleatlas.rate-limits.vote=999999/1m", "roleatlas.rate-limits.flag=999999/1m,999999/1d",
        "roleatlas.rate-limits.signup=999999/1m"})
@ActiveProfiles("h2")
abstract class OwnServer {

    private static final String DB_NAME = OwnDatabase.name("security");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, DB_NAME);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Site site() {
        return Site.onPort(port);
    }
}
