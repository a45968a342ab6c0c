package org.roleatlas.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.roleatlas.RoleAtlasApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One RoleAtlas node in this JVM: a Spring context of its own with its own web server, management port, data
 * directory and search index, sharing with the other nodes only the PostgreSQL schema (content, sessions, rate
 * limits, locks, the search change log).
 */
final class Node {

    final String name;
    private final Path home;
    private final String schema;
    private final List<String> settings;
    private volatile ConfigurableApplicationContext context;

    Node(String name, Path home, String schema, List<String> settings) {
        this.name = name;
        this.home = home;
        this.schema = schema;
        this.settings = settings;
    }

    Node start() {
        List<String> args = new ArrayList<>(List.of(
                "--spring.autoconfigure.exclude=", // the database sessions, which the other tests turn off
                "--roleatlas.test.db-name=" + schema,
                "--roleatlas.home=" + home,
                "--roleatlas.search.index-dir=" + home.resolve("search"),
                "--server.port=0", "--management.server.port=0",
                "--spring.datasource.hikari.maximum-pool-size=6"));
        args.addAll(settings);
        context = new SpringApplicationBuilder(RoleAtlasApplication.class).web(WebApplicationType.SERVLET)
                .profiles("postgres").run(args.toArray(String[]::new));
        return this;
    }

    void stop() {
        ConfigurableApplicationContext c = context;
        context = null;
        if (c != null) {
            c.close();
        }
    }

    boolean running() {
        return context != null;
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    String url() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    String management() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port");
    }
}
