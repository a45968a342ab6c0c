package org.roleatlas.accounts.internal;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.roleatlas.accounts.MemberBulkLoad;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link MemberBulkLoad} with JDBC batches; the rules are the sign-up rules, checked before anything is written. */
@Service
record MemberBulkLoader(JdbcTemplate jdbc, JdbcClient client, PasswordEncoder encoder, Catalog catalog,
                        TransactionTemplate transaction) implements MemberBulkLoad {

    @Override
    public List<Long> insert(List<BulkMember> members) {
        check(members);
        // One bcrypt hash for all: hashing per member would cost a tenth of a second each, and nobody may sign in
        // with these accounts anyway, so the secret is thrown away.
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String hash = encoder.encode(Base64.getEncoder().encodeToString(secret));
        return transaction.execute(status -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.batchUpdate(connection -> connection.prepareStatement("insert into member (username, password_hash, "
                            + "display_name, job_title, role_slug, industry, company_size, status, created_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, 'active', ?)", new String[] {"id"}),
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
                            BulkMember m = members.get(i);
                            ps.setString(1, MemberRules.normalizeUsername(m.username()));
                            ps.setString(2, hash);
                            ps.setString(3, m.displayName());
                            ps.setString(4, m.jobTitle());
                            ps.setString(5, m.roleSlug());
                            ps.setString(6, m.industry() == null ? null : m.industry().key());
                            ps.setString(7, m.companySize() == null ? null : m.companySize().key());
                            ps.setTimestamp(8, Timestamp.from(m.createdAt()));
                        }

                        @Override
                        public int getBatchSize() {
                            return members.size();
                        }
                    }, keys);
            List<Long> ids = new ArrayList<>(members.size());
            keys.getKeyList().forEach(row -> ids.add(((Number) row.values().iterator().next()).longValue()));
            jdbc.batchUpdate("insert into member_authority (member_id, authority) values (?, 'member')",
                    ids.stream().map(id -> new Object[] {id}).toList());
            return ids;
        });
    }

    @Override
    public List<String> taken(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return client.sql("select username from member where username in (:names) order by username")
                .param("names", usernames.stream().map(MemberRules::normalizeUsername).toList())
                .query(String.class).list();
    }

    private void check(List<BulkMember> members) {
        CatalogSnapshot snapshot = catalog.snapshot();
        for (BulkMember m : members) {
            FieldErrors errors = new FieldErrors();
            MemberRules.checkUsername(m.username(), errors);
            if (!errors.isEmpty() || (m.roleSlug() != null && snapshot.role(m.roleSlug()).isEmpty())) {
                throw new IllegalArgumentException("cannot create member '" + m.username().toLowerCase(Locale.ROOT)
                        + "': " + (errors.isEmpty() ? "unknown role '" + m.roleSlug() + "'" : String.join("; ", errors.messages())));
            }
        }
    }
}
