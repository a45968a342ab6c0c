package org.roleatlas.notifications.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code question_follow} and {@code role_follow} tables. */
@Repository
class FollowRepository {

    private final JdbcClient jdbc;

    FollowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: following twice changes nothing. */
    void followQuestion(long memberId, long questionId) {
        jdbc.sql("insert into question_follow (member_id, question_id) select ?, ? from (values (1)) as one (x) "
                        + "where not exists (select 1 from question_follow where member_id = ? and question_id = ?)")
                .params(memberId, questionId, memberId, questionId).update();
    }

    void unfollowQuestion(long memberId, long questionId) {
        jdbc.sql("delete from question_follow where member_id = ? and question_id = ?").params(memberId, questionId)
                .update();
    }

    boolean followsQuestion(long memberId, long questionId) {
        return jdbc.sql("select count(*) from question_follow where member_id = ? and question_id = ?")
                .params(memberId, questionId).query(Integer.class).single() > 0;
    }

    List<Long> questionFollowers(long questionId) {
        return jdbc.sql("select member_id from question_follow where question_id = ? order by member_id")
                .param(questionId).query(Long.class).list();
    }

    void followRole(long memberId, String slug) {
        jdbc.sql("insert into role_follow (member_id, role_slug) select ?, ? from (values (1)) as one (x) "
                        + "where not exists (select 1 from role_follow where member_id = ? and role_slug = ?)")
                .params(memberId, slug, memberId, slug).update();
    }

    void unfollowRole(long memberId, String slug) {
        jdbc.sql("delete from role_follow where member_id = ? and role_slug = ?").params(memberId, slug).update();
    }

    boolean followsRole(long memberId, String slug) {
        return jdbc.sql("select count(*) from role_follow where member_id = ? and role_slug = ?")
                .params(memberId, slug).query(Integer.class).single() > 0;
    }

    /** The followers of any of these roles, each once, with the first of the roles they follow. */
    List<RoleFollower> roleFollowers(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select member_id, min(role_slug) from role_follow where role_slug in (:slugs) "
                        + "group by member_id order by member_id")
                .param("slugs", slugs).query((rs, n) -> new RoleFollower(rs.getLong(1), rs.getString(2))).list();
    }

    record RoleFollower(long memberId, String slug) {
    }
}
