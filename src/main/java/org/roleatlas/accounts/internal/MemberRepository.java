package org.roleatlas.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.roleatlas.accounts.Authority;
import org.roleatlas.accounts.CompanySize;
import org.roleatlas.accounts.Industry;
import org.roleatlas.accounts.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** All SQL on {@code member} and {@code member_authority}. */
@Repository
class MemberRepository {

    /** A member row with its password hash; stays inside this package. */
    record Credentials(Member member, String passwordHash) {
    }

    private static final String SELECT = "select id, username, password_hash, display_name, job_title, role_slug, "
            + "industry, company_size, status, created_at from member ";

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    Optional<Credentials> findByUsername(String username) {
        return one(jdbc.sql(SELECT + "where username = ?").param(username.toLowerCase(Locale.ROOT)));
    }

    /** Every member's username and display name but those of {@code exceptId} (null: all), for the imitation check. */
    List<String> namesOtherThan(Long exceptId) {
        List<String> names = new ArrayList<>();
        jdbc.sql("select username, display_name from member where id <> ?")
                .param(exceptId == null ? -1L : exceptId)
                .query(rs -> {
                    names.add(rs.getString(1));
                    String display = rs.getString(2);
                    if (display != null) {
                        names.add(display);
                    }
                });
        return names;
    }

    Optional<Credentials> findById(long id) {
        return one(jdbc.sql(SELECT + "where id = ?").param(id));
    }

    /** One query for all the members and their authorities (a left join: one row per authority). */
    Map<Long, Member> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Member> byId = new HashMap<>();
        Map<Long, Set<Authority>> authorities = new HashMap<>();
        jdbc.sql("select m.id, m.username, m.password_hash, m.display_name, m.job_title, m.role_slug, m.industry, "
                        + "m.company_size, m.status, m.created_at, a.authority from member m "
                        + "left join member_authority a on a.member_id = m.id where m.id in (:ids)")
                .param("ids", Set.copyOf(ids))
                .query(rs -> {
                    Member m = credentials(rs, 0).member();
                    byId.putIfAbsent(m.id(), m);
                    Set<Authority> granted = authorities.computeIfAbsent(m.id(), k -> EnumSet.noneOf(Authority.class));
                    String key = rs.getString("authority");
                    if (key != null) {
                        granted.add(authority(key));
                    }
                });
        Map<Long, Member> members = new HashMap<>();
        byId.forEach((id, m) -> members.put(id, withAuthorities(m, authorities.get(id))));
        return members;
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from member where username = ?").param(username.toLowerCase(Locale.ROOT))
                .query(Integer.class).single() > 0;
    }

    long insert(NewMember member, String passwordHash) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String email = member.email() == null ? null : member.email().strip();
        jdbc.sql("insert into member (username, password_hash, display_name, job_title, role_slug, industry, "
                        + "company_size, status, created_at, email, email_key) values (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)")
                .params(member.username(), passwordHash, member.profile().displayName(), member.profile().jobTitle(),
                        member.profile().roleSlug(), key(member.profile().industry()),
                        member.profile().companySize() == null ? null : member.profile().companySize().key(),
                        Timestamp.from(clock.instant()), email, email == null ? null : email.toLowerCase(Locale.ROOT))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Authority authority : member.authorities()) {
            jdbc.sql("insert into member_authority (member_id, authority) values (?, ?)").params(id, authority.key()).update();
        }
        return id;
    }

    /** Also notes when a trait polls group by (industry, company size, linked role) changed; SET reads the old row. */
    void updateProfile(long id, Profile profile, Instant now) {
        String industry = key(profile.industry());
        String size = profile.companySize() == null ? null : profile.companySize().key();
        jdbc.sql("update member set traits_changed_at = case when coalesce(industry, '') <> coalesce(?, '') "
                        + "or coalesce(company_size, '') <> coalesce(?, '') or coalesce(role_slug, '') <> coalesce(?, '') "
                        + "then ? else traits_changed_at end, "
                        + "display_name = ?, job_title = ?, role_slug = ?, industry = ?, company_size = ? where id = ?")
                .params(industry, size, profile.roleSlug(), Timestamp.from(now),
                        profile.displayName(), profile.jobTitle(), profile.roleSlug(), industry, size, id)
                .update();
    }

    /** When the member joined or last changed a trait, whichever is later. */
    Instant traitsSettledAt(long id) {
        return jdbc.sql("select created_at, traits_changed_at from member where id = ?").param(id)
                .query((rs, n) -> {
                    Timestamp changed = rs.getTimestamp(2);
                    return (changed != null ? changed : rs.getTimestamp(1)).toInstant();
                }).single();
    }

    /** @return whether the status changed */
    boolean setStatus(long id, boolean active) {
        String status = active ? "active" : "suspended";
        return jdbc.sql("update member set status = ? where id = ? and status <> ?").params(status, id, status)
                .update() == 1;
    }

    private static String key(Industry industry) {
        return industry == null ? null : industry.key();
    }

    private Optional<Credentials> one(JdbcClient.StatementSpec statement) {
        return statement.query(this::credentials).optional().map(c -> new Credentials(
                withAuthorities(c.member()), c.passwordHash()));
    }

    private Member withAuthorities(Member m) {
        List<String> keys = jdbc.sql("select authority from member_authority where member_id = ?").param(m.id())
                .query(String.class).list();
        Set<Authority> authorities = EnumSet.noneOf(Authority.class);
        keys.forEach(k -> authorities.add(authority(k)));
        return withAuthorities(m, authorities);
    }

    private static Member withAuthorities(Member m, Set<Authority> authorities) {
        return new Member(m.id(), m.username(), m.displayName(), m.jobTitle(), m.roleSlug(), m.industry(),
                m.companySize(), m.active(), authorities, m.createdAt());
    }

    private static Authority authority(String key) {
        return Authority.valueOf(key.toUpperCase(Locale.ROOT));
    }

    private Credentials credentials(ResultSet rs, int row) throws SQLException {
        Member member = new Member(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("job_title"), rs.getString("role_slug"),
                Industry.parse(rs.getString("industry")).orElse(null),
                CompanySize.parse(rs.getString("company_size")).orElse(null),
                "active".equals(rs.getString("status")), Set.of(), rs.getTimestamp("created_at").toInstant());
        return new Credentials(member, rs.getString("password_hash"));
    }

    /** Only a confirmed address: mail to an unconfirmed one could go to someone who never asked for it. */
    Optional<String> verifiedEmail(long memberId) {
        return jdbc.sql("select email from member where id = ? and email is not null and email_verified_at is not null")
                .param(memberId).query(String.class).optional();
    }
}
