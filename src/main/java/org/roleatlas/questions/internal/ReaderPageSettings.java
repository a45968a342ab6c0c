package org.roleatlas.questions.internal;

import java.time.Duration;

import org.roleatlas.system.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param readerPageTtl {@code roleatlas.community.reader-page-ttl}: how long a question page for readers who are not
 *                      signed in is kept at most (0 s, which turns the store off, to 1 h)
 * @param readerPageMax {@code roleatlas.community.reader-page-max}: how many such pages are kept at most
 */
@ConfigurationProperties("roleatlas.community")
record ReaderPageSettings(@DefaultValue("1s") Duration readerPageTtl, @DefaultValue("5000") int readerPageMax) {

    ReaderPageSettings {
        Settings.between("roleatlas.community.reader-page-ttl", readerPageTtl, Duration.ZERO, Duration.ofHours(1));
        Settings.between("roleatlas.community.reader-page-max", readerPageMax, 1, 1_000_000);
    }
}
