package org.roleatlas.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's table of catalogue role tags on its own content, {@code <table> (<owner column>, role_slug, position)}:
 * a question's or an article's roles in the order the author gave them. The slugs are checked against the catalogue
 * in code, not by foreign keys. Names are the module's own constants, never input.
 */
public record RoleTagTable(String table, String ownerColumn) {

    /** Tags the owner with the slugs, in their order; the owner must have no tags yet. */
    public void insert(JdbcClient jdbc, long ownerId, List<String> slugs) {
        for (int i = 0; i < slugs.size(); i++) {
            jdbc.sql("insert into " + table + " (" + ownerColumn + ", role_slug, position) values (?, ?, ?)")
                    .params(ownerId, slugs.get(i), i).update();
        }
    }

    /** Replaces the owner's tags with the slugs, in their order. */
    public void replace(JdbcClient jdbc, long ownerId, List<String> slugs) {
        jdbc.sql("delete from " + table + " where " + ownerColumn + " = ?").param(ownerId).update();
        insert(jdbc, ownerId, slugs);
    }

    /** The tags of each owner, in their order, in one query; an owner without tags is not a key. */
    public Map<Long, List<String>> read(JdbcClient jdbc, Collection<Long> ownerIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("select " + ownerColumn + ", role_slug from " + table + " where " + ownerColumn + " in (:ids) "
                        + "order by " + ownerColumn + ", position")
                .param("ids", ownerIds)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return tags;
    }
}
