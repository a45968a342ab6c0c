package org.roleatlas.security;

import org.roleatlas.OwnDatabases;
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
        "roleatlas.rate-limits.post=100000/1m", "roleatlas.rate-limits.edit=100000/1m",
        "roleatlas.rate-limits.vote=100000/1m", "roleatlas.rate-limits.flag=100000/1m,100000/1d",
        "roleatlas.rate-limits.signup=100000/1m"})
@ActiveProfiles("h2")
abstract class OwnServer {

    /** One name for all subclasses, so that they share one server. */
    private static final String DB_NAME = OwnDatabases.name("security");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("roleatlas.test.db-name", () -> DB_NAME);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Site site() {
        return Site.onPort(port);
    }
}
