package org.roleatlas.catalog.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Family;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the catalogue. Callers own the transaction. */
@Repository
class CatalogRepository {

    /** What the database remembers about where a role came from, to decide whether an upgrade may touch it. */
    record RoleOrigin(String origin, String shippedHash, boolean edited) {
    }

    private static final String REPORTS_TO = "reports_to";
    private static final String SOMETIMES = "sometimes";
    private static final String DOTTED = "dotted";
    private static final String NEXT = "next";

    private final JdbcClient jdbc;
    /** For batched inserts of a role's many small rows (the first start writes about a thousand). */
    private final JdbcTemplate batch;
    private final Clock clock;

    CatalogRepository(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Serialises catalogue writers across threads and nodes, and returns the current version. */
    long lockVersion() {
        return jdbc.sql("select version from catalog_state where id = 1 for update").query(Long.class).single();
    }

    long version() {
        return jdbc.sql("select version from catalog_state where id = 1").query(Long.class).single();
    }

    void bumpVersion() {
        jdbc.sql("update catalog_state set version = version + 1 where id = 1").update();
    }

    Optional<String> bundleHash() {
        return jdbc.sql("select bundle_hash from catalog_state where id = 1").query(String.class).optional();
    }

    void saveBundleHash(String hash) {
        jdbc.sql("update catalog_state set bundle_hash = ? where id = 1").param(hash).update();
    }

    CatalogSnapshot load() {
        long version = version();
        List<Family> families = jdbc.sql("select family_key, label from catalog_family order by position, family_key")
                .query((rs, i) -> new Family(rs.getString(1), rs.getString(2))).list();
        Map<String, List<String>> labelAliases = new HashMap<>();
        jdbc.sql("select dimension_key, alias from catalog_dimension_alias order by dimension_key, position")
                .query(rs -> {
                    labelAliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        List<Dimension> dimensions = jdbc.sql("select dimension_key, label, description from catalog_dimension order by dimension_key")
                .query((rs, i) -> new Dimension(rs.getString(1), rs.getString(2), rs.getString(3),
                        labelAliases.get(rs.getString(1)))).list();
        Map<String, Dimension> dimensionsByKey = new HashMap<>();
        dimensions.forEach(d -> dimensionsByKey.put(d.key(), d));
        Map<String, List<Dimension>> frameworkDimensions = new HashMap<>();
        jdbc.sql("select framework_key, dimension_key from catalog_framework_dimension order by framework_key, position")
                .query(rs -> {
                    frameworkDimensions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(dimensionsByKey.get(rs.getString(2)));
                });
        List<Framework> frameworks = jdbc.sql("select framework_key, name, description from catalog_framework order by position, framework_key")
                .query((rs, i) -> new Framework(rs.getString(1), rs.getString(2), rs.getString(3),
                        frameworkDimensions.getOrDefault(rs.getString(1), List.of()))).list();
        return new CatalogSnapshot(version, families, frameworks, dimensions, loadRoles());
    }

    private List<Role> loadRoles() {
        Map<String, List<String>> aliases = new HashMap<>();
        jdbc.sql("select role_slug, alias from catalog_role_alias order by role_slug, position")
                .query(rs -> {
                    aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, Map<String, String>> values = new HashMap<>();
        jdbc.sql("select role_slug, dimension_key, text from catalog_role_value")
                .query(rs -> {
                    values.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        Map<String, Map<String, List<String>>> links = new HashMap<>();
        jdbc.sql("select kind, role_slug, target_slug from catalog_role_link order by role_slug, kind, position")
                .query(rs -> {
                    links.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                });
        Map<String, Map<String, Map<String, String>>> variants = new HashMap<>();
        jdbc.sql("select role_slug, dimension_key, size_band, text from catalog_role_variant")
                .query(rs -> {
                    variants.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new HashMap<>()).put(rs.getString(3), rs.getString(4));
                });
        return jdbc.sql("select slug, title, abbreviation, family_key, summary, role_level from catalog_role")
                .query((rs, i) -> {
                    String slug = rs.getString(1);
                    return new Role(slug, rs.getString(2), rs.getString(3), aliases.get(slug), rs.getString(4),
                            rs.getString(5), values.get(slug), link(links, REPORTS_TO, slug), link(links, NEXT, slug),
                            rs.getInt(6), link(links, SOMETIMES, slug), link(links, DOTTED, slug), variants.get(slug));
                }).list();
    }

    private static List<String> link(Map<String, Map<String, List<String>>> links, String kind, String slug) {
        return links.getOrDefault(kind, Map.of()).get(slug);
    }

    Map<String, RoleOrigin> roleOrigins() {
        Map<String, RoleOrigin> origins = new HashMap<>();
        jdbc.sql("select slug, origin, shipped_hash, edited from catalog_role")
                .query(rs -> {
                    origins.put(rs.getString(1), new RoleOrigin(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                });
        return origins;
    }

    Optional<RoleOrigin> roleOrigin(String slug) {
        return jdbc.sql("select origin, shipped_hash, edited from catalog_role where slug = ?").param(slug)
                .query((rs, i) -> new RoleOrigin(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional();
    }

    /** Remembers which shipped text of a role editors have seen, and whether the role still differs from it. */
    void markShipped(String slug, String shippedHash, boolean edited) {
        jdbc.sql("update catalog_role set shipped_hash = ?, edited = ? where slug = ? and origin = 'shipped'")
                .params(shippedHash, edited, slug).update();
    }

    void upsertFamily(Family family) {
        int updated = jdbc.sql("update catalog_family set label = ? where family_key = ?")
                .params(family.label(), family.key()).update();
        if (updated == 0) {
            jdbc.sql("insert into catalog_family (family_key, label, position) "
                            + "values (?, ?, (select coalesce(max(position), 0) + 1 from catalog_family))")
                    .params(family.key(), family.label()).update();
        }
    }

    void upsertDimension(Dimension dimension) {
        int updated = jdbc.sql("update catalog_dimension set label = ?, description = ? where dimension_key = ?")
                .params(dimension.label(), dimension.description(), dimension.key()).update();
        if (updated == 0) {
            jdbc.sql("insert into catalog_dimension (dimension_key, label, description) values (?, ?, ?)")
                    .params(dimension.key(), dimension.label(), dimension.description()).update();
        }
        jdbc.sql("delete from catalog_dimension_alias where dimension_key = ?").param(dimension.key()).update();
        List<Object[]> aliases = new ArrayList<>();
        for (int i = 0; i < dimension.aliases().size(); i++) {
            aliases.add(new Object[] {dimension.key(), i, dimension.aliases().get(i)});
        }
        batch.batchUpdate("insert into catalog_dimension_alias (dimension_key, position, alias) values (?, ?, ?)", aliases);
    }

    /** Dimensions without a label refer to existing dimensions and are left as they are. */
    void upsertFramework(Framework framework) {
        framework.dimensions().stream().filter(d -> d.label() != null).forEach(this::upsertDimension);
        int updated = jdbc.sql("update catalog_framework set name = ?, description = ? where framework_key = ?")
                .params(framework.name(), framework.description(), framework.key()).update();
        if (updated == 0) {
            jdbc.sql("insert into catalog_framework (framework_key, name, description, position) "
                            + "values (?, ?, ?, (select coalesce(max(position), 0) + 1 from catalog_framework))")
                    .params(framework.key(), framework.name(), framework.description()).update();
        }
        jdbc.sql("delete from catalog_framework_dimension where framework_key = ?").param(framework.key()).update();
        for (int i = 0; i < framework.dimensions().size(); i++) {
            jdbc.sql("insert into catalog_framework_dimension (framework_key, dimension_key, position) values (?, ?, ?)")
                    .params(framework.key(), framework.dimensions().get(i).key(), i).update();
        }
    }

    /** Writes a role's own row, aliases and values; links are written separately once all roles exist. */
    void upsertRole(Role role, RoleOrigin origin) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update catalog_role set title = ?, abbreviation = ?, family_key = ?, summary = ?, "
                        + "origin = ?, shipped_hash = ?, edited = ?, updated_at = ?, role_level = ? where slug = ?")
                .params(role.title(), role.abbreviation(), role.familyKey(), role.summary(), origin.origin(),
                        origin.shippedHash(), origin.edited(), now, role.level(), role.slug()).update();
        if (updated == 0) {
            jdbc.sql("insert into catalog_role (slug, title, abbreviation, family_key, summary, origin, shipped_hash, "
                            + "edited, updated_at, role_level) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(role.slug(), role.title(), role.abbreviation(), role.familyKey(), role.summary(),
                            origin.origin(), origin.shippedHash(), origin.edited(), now, role.level()).update();
        }
        jdbc.sql("delete from catalog_role_alias where role_slug = ?").param(role.slug()).update();
        List<Object[]> aliases = new ArrayList<>();
        for (int i = 0; i < role.aliases().size(); i++) {
            aliases.add(new Object[] {role.slug(), i, role.aliases().get(i)});
        }
        batch.batchUpdate("insert into catalog_role_alias (role_slug, position, alias) values (?, ?, ?)", aliases);
        jdbc.sql("delete from catalog_role_value where role_slug = ?").param(role.slug()).update();
        List<Object[]> values = new ArrayList<>();
        role.values().forEach((key, text) -> values.add(new Object[] {role.slug(), key, text}));
        batch.batchUpdate("insert into catalog_role_value (role_slug, dimension_key, text) values (?, ?, ?)", values);
        jdbc.sql("delete from catalog_role_variant where role_slug = ?").param(role.slug()).update();
        List<Object[]> variants = new ArrayList<>();
        role.variants().forEach((key, bands) -> bands.forEach((band, text) ->
                variants.add(new Object[] {role.slug(), key, band, text})));
        batch.batchUpdate("insert into catalog_role_variant (role_slug, dimension_key, size_band, text) values (?, ?, ?, ?)",
                variants);
    }

    void replaceLinks(Role role) {
        jdbc.sql("delete from catalog_role_link where role_slug = ?").param(role.slug()).update();
        insertLinks(role.slug(), REPORTS_TO, role.reportsTo());
        insertLinks(role.slug(), SOMETIMES, role.sometimesReportsTo());
        insertLinks(role.slug(), DOTTED, role.dottedLineTo());
        insertLinks(role.slug(), NEXT, role.nextRoles());
    }

    private void insertLinks(String slug, String kind, List<String> targets) {
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            links.add(new Object[] {slug, kind, i, targets.get(i)});
        }
        batch.batchUpdate("insert into catalog_role_link (role_slug, kind, position, target_slug) values (?, ?, ?, ?)", links);
    }
}
