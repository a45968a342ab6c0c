package org.roleatlas.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.roleatlas.catalog.CatalogDocument;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A new release's catalogue reaches the database without clobbering what users edited: shipped roles nobody
 * touched are upgraded, edited ones are kept, new ones are added.
 */
// the tests call refreshIfStale() themselves; the background poll must not do it for them
@SpringBootTest(properties = "roleatlas.catalog.refresh-interval=3600000")
@OwnDatabase
abstract class CatalogUpgradeContract {

    @Autowired
    CatalogService catalog;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aWriteByAnotherNodeIsPickedUpByTheVersionPoll() {
        long before = catalog.snapshot().version();
        // what another node's transaction leaves behind: changed rows and a higher catalogue version
        jdbc.sql("update catalog_role set summary = 'Written by node two.' where slug = 'data-engineer'").update();
        jdbc.sql("update catalog_state set version = version + 1 where id = 1").update();
        assertThat(catalog.snapshot().role("data-engineer").orElseThrow().summary()).isNotEqualTo("Written by node two.");

        catalog.refreshIfStale();

        assertThat(catalog.snapshot().version()).isEqualTo(before + 1);
        assertThat(catalog.snapshot().role("data-engineer").orElseThrow().summary()).isEqualTo("Written by node two.");
    }

    @Test
    void aNewReleaseUpgradesUntouchedRolesKeepsEditedOnesAndAddsNewOnes() {
        Role cio = catalog.snapshot().role("cio").orElseThrow();
        Map<String, String> edited = new HashMap<>(cio.values());
        edited.put("strategic-planning", "Our CIO plans in two-year waves.");
        catalog.apply(CatalogDocument.ofRoles("edit", List.of(cio.withValues(edited))));

        ShippedCatalog current = ShippedCatalog.fromClasspath();
        List<Located<Role>> nextRoles = new java.util.ArrayList<>();
        Map<String, String> hashes = new HashMap<>(current.roleHashes());
        for (Located<Role> located : current.document().roles()) {
            Role role = located.item();
            if (role.slug().equals("cio") || role.slug().equals("cto")) {
                Map<String, String> values = new HashMap<>(role.values());
                values.put("strategic-planning", "Release 2 wording for " + role.slug() + ".");
                role = role.withValues(values);
                hashes.put(role.slug(), "release-2-" + role.slug());
            }
            nextRoles.add(new Located<>(role, located.source(), located.line(), located.fieldLines()));
        }
        Role added = new Role("head-of-developer-experience", "Head of Developer Experience", null, List.of(),
                "infrastructure-operations", "Owns the tools and paths engineers use every day.",
                Map.of("primary-role", "Makes engineers faster."), List.of("vp-of-engineering"), List.of());
        nextRoles.add(new Located<>(added, "catalog/roles/head-of-developer-experience.yaml", 1, Map.of()));
        hashes.put(added.slug(), "release-2-new");
        CatalogDocument release2 = new CatalogDocument(current.document().families(), current.document().frameworks(), nextRoles);

        catalog.synchronise(new ShippedCatalog(release2, hashes, "release-2"));
        catalog.refreshIfStale();

        assertThat(catalog.snapshot().role("cto").orElseThrow().value("strategic-planning")).isEqualTo("Release 2 wording for cto.");
        assertThat(catalog.snapshot().role("cio").orElseThrow().value("strategic-planning")).isEqualTo("Our CIO plans in two-year waves.");
        assertThat(catalog.snapshot().role("head-of-developer-experience")).isPresent();

        long version = catalog.snapshot().version();
        catalog.synchronise(new ShippedCatalog(release2, hashes, "release-2"));
        assertThat(catalog.snapshot().version()).as("an unchanged release writes nothing").isEqualTo(version);
    }

    @Test
    void editorsSeeAnEditedRoleWhoseShippedTextChangedUntilTheyAdoptOrIgnoreIt() {
        for (String slug : List.of("chief-data-officer", "ciso")) {
            Role role = catalog.snapshot().role(slug).orElseThrow();
            Map<String, String> edited = new HashMap<>(role.values());
            edited.put("scope-of-responsibilities", "Edited here for " + slug + ".");
            catalog.apply(CatalogDocument.ofRoles("edit", List.of(role.withValues(edited))));
        }

        ShippedCatalog current = ShippedCatalog.fromClasspath();
        Map<String, String> hashes = new HashMap<>(current.roleHashes());
        List<Located<Role>> roles = new java.util.ArrayList<>();
        for (Located<Role> located : current.document().roles()) {
            Role role = located.item();
            if (List.of("chief-data-officer", "ciso").contains(role.slug())) {
                Map<String, String> values = new HashMap<>(role.values());
                values.put("scope-of-responsibilities", "Release 3 scope for " + role.slug() + ".");
                role = role.withValues(values);
                hashes.put(role.slug(), "release-3-" + role.slug());
            }
            roles.add(new Located<>(role, located.source(), located.line(), located.fieldLines()));
        }
        catalog.synchronise(new ShippedCatalog(new CatalogDocument(current.document().families(),
                current.document().frameworks(), roles), hashes, "release-3"));
        catalog.refreshIfStale();

        assertThat(catalog.shippedChanges()).extracting(c -> c.current().slug()).contains("chief-data-officer", "ciso");
        assertThat(catalog.shippedChanged("chief-data-officer")).isTrue();
        assertThat(catalog.shipped("chief-data-officer").orElseThrow().value("scope-of-responsibilities")).isEqualTo("Release 3 scope for chief-data-officer.");
        assertThat(catalog.snapshot().role("chief-data-officer").orElseThrow().value("scope-of-responsibilities")).isEqualTo("Edited here for chief-data-officer.");

        catalog.settleShipped("chief-data-officer", false); // ignored: stays as edited, no longer listed
        assertThat(catalog.shippedChanges()).extracting(c -> c.current().slug()).contains("ciso")
                .doesNotContain("chief-data-officer");
        assertThat(catalog.snapshot().role("chief-data-officer").orElseThrow().value("scope-of-responsibilities")).isEqualTo("Edited here for chief-data-officer.");
        assertThat(catalog.shippedChanged("chief-data-officer")).isFalse();
    }
}
