package org.roleatlas.moderation.internal;

import org.roleatlas.system.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param holdFirstPosts {@code roleatlas.moderation.hold-first-posts}: a new member's first N posts wait for a
 *                       moderator (0, the default, holds none; at most 1000)
 */
@ConfigurationProperties("roleatlas.moderation")
record HoldSettings(@DefaultValue("0") int holdFirstPosts) {

    HoldSettings {
        Settings.between("roleatlas.moderation.hold-first-posts", holdFirstPosts, 0, 1000);
    }
}
