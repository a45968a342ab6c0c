package org.roleatlas.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Members straight in the {@code member} table, for tests that need many or are not about signing up: a sign-up costs
 * a bcrypt hash. Each is a member of a day's standing, because polls group only members whose traits were settled
 * before the poll opened; the password is {@link MemberSessions#PASSWORD}.
 */
public final class TestMembers {

    private final JdbcClient jdbc;
    private final Members members;

    public TestMembers(JdbcClient jdbc, Members members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    /** A member without a profile, named "Name of {@code username}". */
    public Member quickMember(String username) {
        return quickMember(username, null, null, null);
    }

    /** A member with the given traits; each may be null. */
    public Member quickMember(String username, String industry, String companySize, String roleSlug) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into member (username, password_hash, display_name, industry, company_size, role_slug, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(username, "{noop}" + MemberSessions.PASSWORD, "Name of " + username, industry, companySize,
                        roleSlug, Timestamp.from(Instant.now().minus(Duration.ofDays(1))))
                .update(key, "id");
        return members.find(key.getKey().longValue()).orElseThrow();
    }
}
