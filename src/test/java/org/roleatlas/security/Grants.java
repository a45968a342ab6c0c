package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editor and moderator rights, granted the way {@code member add --editor/--moderator} stores them (there is no page or
 * API that grants them).
 */
final class Grants {

    private Grants() {
    }

    static void grant(JdbcClient jdbc, String username, String authority) {
        int granted = jdbc.sql("insert into member_authority (member_id, authority) select id, ? from member "
                + "where username = ?").param(authority).param(username).update();
        assertThat(granted).as("%s made %s", username, authority).isEqualTo(1);
    }
}
