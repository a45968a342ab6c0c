package org.roleatlas.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roleatlas.OwnDatabases;
import org.roleatlas.RoleAtlasApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A bad setting stops the server's start with a message naming the property, although beans are created lazily:
 * without this, {@code ROLEATLAS_RATELIMITS_POST=1000000/1m} started the server and every write answered 500.
 * Each case starts the whole application as the launcher does, with the setting in the environment.
 */
class SettingsAtStartTest {

    @TempDir
    static Path home;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ROLEATLAS_RATELIMITS_POST         | 1000000/1m | roleatlas.rate-limits.post: '1000000/1m' is out of range
            ROLEATLAS_RATELIMITS_VOTE         | 5 a minute | roleatlas.rate-limits.vote: '5 a minute' is not a limit
            ROLEATLAS_RATE_LIMIT_MAX_KEYS     | 0          | roleatlas.rate-limit-max-keys must be from 1 to 10000000, got '0'
            ROLEATLAS_VIEWS_WINDOW            | 0s         | roleatlas.views.window must be from 1s to 30d, got '0s'
            ROLEATLAS_VIEWS_FLUSH_INTERVAL    | soon       | roleatlas.views.flush-interval: 
            ROLEATLAS_FEEDS_HOME_CACHE        | 2h         | roleatlas.feeds.home-cache must be from 0s to 1h, got '2h'
            ROLEATLAS_COMMUNITY_READER_PAGE_MAX | -1       | roleatlas.community.reader-page-max must be from 1 to 1000000
            ROLEATLAS_MODERATION_HOLD_FIRST_POSTS | -2     | roleatlas.moderation.hold-first-posts must be from 0 to 1000
            ROLEATLAS_SEARCH_POLL_INTERVAL    | 0          | roleatlas.search.poll-interval must be from 10ms to 1m, got '0s'
            """)
    void aBadSettingStopsTheStartNamingTheProperty(String variable, String value, String message) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(RoleAtlasApplication.class)
                .profiles("h2")
                .properties("server.port=0", "roleatlas.home=" + home, "roleatlas.search.index-dir=" + home.resolve("search"),
                        "roleatlas.test.db-name=" + OwnDatabases.name("settings"))
                .initializers(context -> context.getEnvironment().getPropertySources().addFirst(
                        // Named like the system environment, so Boot maps ROLEATLAS_X_Y to roleatlas.x.y as it does there.
                        new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(variable, value))))
                .run().close());

        assertThat(failure).as("the application started with " + variable + "=" + value).isNotNull();
        assertThat(CommandLineLauncher.rootMessage(failure)).startsWith(message.strip());
    }
}
