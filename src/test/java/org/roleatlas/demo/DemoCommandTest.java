package org.roleatlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.CommandLineRun;

/**
 * {@code demo} as a user runs it, on fresh data directories (embedded H2 files), read back with plain JDBC once
 * the command has exited. Every launch starts a Spring context, so each test launches as few times as it can.
 */
class DemoCommandTest {

    /** Everything a reader sees that the seed decides, in id order; timestamps follow the clock, so they are left out. */
    private static final String[] CONTENT = {
            "select q.id, q.title, q.body_markdown, q.anonymous, q.view_count, m.username from question q "
                    + "join member m on m.id = q.author_id order by q.id",
            "select question_id, role_slug, position from question_role order by question_id, position",
            "select a.id, a.question_id, a.body_html, m.username from answer a join member m on m.id = a.author_id "
                    + "order by a.id",
            "select c.post_kind, c.post_id, c.body_markdown, m.username from comment c "
                    + "join member m on m.id = c.author_id order by c.id",
            "select v.post_kind, v.post_id, m.username from vote v join member m on m.id = v.member_id "
                    + "order by v.post_kind, v.post_id, m.username",
            "select p.question_id, p.results_visibility, o.position, o.label from poll p "
                    + "join poll_option o on o.poll_id = p.id order by p.id, o.position",
            "select b.poll_id, m.username, b.option_index, b.industry, b.company_size, b.role_family from poll_ballot b "
                    + "join member m on m.id = b.member_id order by b.poll_id, m.username",
            "select username, display_name, job_title, role_slug, industry, company_size from member order by id"};

    @Test
    void demoLoadsTheSampleThenRefusesASecondRunUntilAskedToAppend(@TempDir Path data) throws Exception {
        CommandLineRun first = CommandLineRun.launch(data, "demo");

        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(first.out()).as(first.toString()).startsWith("Loaded 72 members, 40 questions, ");
        assertThat(first.err()).as(first.toString()).contains("demo: 40 of 40 questions");
        assertThat(count(data, "select count(*) from member")).isEqualTo(72);
        assertThat(count(data, "select count(*) from question")).isEqualTo(40);
        assertThat(count(data, "select count(distinct industry) from member")).isEqualTo(12);
        assertThat(count(data, "select count(distinct company_size) from member")).isEqualTo(8);
        assertThat(count(data, "select count(*) from poll")).isEqualTo(6);
        String before = digest(data);

        CommandLineRun again = CommandLineRun.launch(data, "demo");

        assertThat(again.status()).as(again.toString()).isEqualTo(1);
        assertThat(again.errLines()).as(again.toString()).first().asString().isEqualTo("roleatlas: the database "
                + "already has 40 questions; nothing was loaded (use --append to add a sample anyway)");
        assertThat(again.out()).as(again.toString()).isEmpty();
        assertThat(digest(data)).isEqualTo(before);

        CommandLineRun appended = CommandLineRun.launch(data, "demo", "--append", "--questions", "5", "--seed", "3");

        assertThat(appended.status()).as(appended.toString()).isZero();
        assertThat(count(data, "select count(*) from question")).isEqualTo(45);
        assertThat(count(data, "select count(*) from member where username like '%-2'")).isEqualTo(72);
    }

    @Test
    void theSameSeedGivesTheSameCommunityAndAnotherSeedADifferentOne(@TempDir Path one, @TempDir Path two,
                                                                     @TempDir Path three) throws Exception {
        CommandLineRun first = CommandLineRun.launch(one, "demo", "--questions", "250", "--seed", "7");
        CommandLineRun second = CommandLineRun.launch(two, "demo", "--questions", "250", "--seed", "7");
        CommandLineRun other = CommandLineRun.launch(three, "demo", "--questions", "250", "--seed", "8");

        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(second.status()).as(second.toString()).isZero();
        assertThat(other.status()).as(other.toString()).isZero();
        assertThat(digest(one)).isEqualTo(digest(two)).isNotEqualTo(digest(three));
        assertThat(first.outLines()).as(first.toString()).contains("A question with 20 answers: /questions/100");
        assertThat(count(one, "select count(*) from question where answer_count = 20")).isGreaterThanOrEqualTo(2);
        assertThat(count(one, "select count(*) from member")).isEqualTo(72);
        assertThat(count(one, "select count(*) from poll")).isEqualTo(5);
    }

    private static Connection open(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/roleatlas") + ";AUTO_SERVER=TRUE",
                "sa", "");
    }

    private static long count(Path data, String sql) throws SQLException {
        try (Connection c = open(data); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String digest(Path data) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = open(data); Statement s = c.createStatement()) {
            for (String sql : CONTENT) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            sha.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
