package org.roleatlas.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.catalog.CatalogLint;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;

/** The catalogue that ships passes every lint rule: it never contradicts itself. */
class ShippedCatalogLintTest {

    static final CatalogSnapshot SHIPPED = CatalogLint.snapshotOf(ShippedCatalog.fromClasspath().document());

    @Test
    void theShippedCatalogueHasNoLintFindings() {
        List<CatalogLint.Finding> findings = CatalogLint.check(SHIPPED);
        assertThat(findings).as(String.join("\n", findings.stream().map(Object::toString).toList())).isEmpty();
    }

    @Test
    void everyShippedRoleHasALevel() {
        assertThat(SHIPPED.roles()).allSatisfy(r -> assertThat(r.level()).as(r.slug()).isBetween(1, 8));
    }

    @Test
    void engineersTakeTechnicalDirectionFromTheTechLeadOnADottedLine() {
        for (String slug : List.of("software-engineer", "frontend-engineer", "mobile-engineer", "qa-engineer")) {
            Role role = SHIPPED.role(slug).orElseThrow();
            assertThat(role.dottedLineTo()).as(slug).contains("tech-lead");
            assertThat(role.reportsTo()).as(slug).doesNotContain("tech-lead");
        }
        assertThat(SHIPPED.role("tech-lead").orElseThrow().aliases()).doesNotContain("Team Lead");
    }
}
