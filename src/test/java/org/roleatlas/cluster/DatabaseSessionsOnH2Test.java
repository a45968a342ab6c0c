package org.roleatlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.TestMembers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sessions in the database on the embedded H2 default: sign-in writes a session row, the CSRF token lives in it, a
 * form without the token is refused, and sign-out deletes the row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("h2")
@OwnDatabase
class DatabaseSessionsOnH2Test {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;

    @Test
    void signInKeepsTheSessionInTheDatabaseWithItsCsrfTokenAndSignOutRemovesIt() {
        String base = "http://127.0.0.1:" + port;
        Member grace = new TestMembers(jdbc, members).quickMember("grace_sessions");
        Http browser = Http.browser();
        HttpResponse<String> signedIn = browser.form(base + "/sign-in", "username", grace.username(),
                "password", MemberSessions.PASSWORD, "_csrf", browser.csrf(base + "/sign-in"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(sessionsOf(grace)).isEqualTo(1);
        assertThat(browser.get(base + "/me").body()).contains(grace.username());

        assertThat(browser.form(base + "/sign-out").statusCode()).as("sign-out without the CSRF field").isEqualTo(403);
        assertThat(browser.form(base + "/sign-out", "_csrf", browser.csrf(base + "/me")).statusCode()).isEqualTo(302);

        assertThat(sessionsOf(grace)).isZero();
        assertThat(browser.get(base + "/me").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/sign-in"));
    }

    private long sessionsOf(Member member) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(member.username())
                .query(Long.class).single();
    }
}
