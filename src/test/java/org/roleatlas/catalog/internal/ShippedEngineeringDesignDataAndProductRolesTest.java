package org.roleatlas.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Family;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleTags;

/**
 * The engineering, design, data, product and delivery jobs people ask about have roles of their own: their everyday
 * names lead to them, design and research is a family, and each of these roles sits on the level ladder below or
 * beside everyone it answers to and every step it leads to.
 */
class ShippedEngineeringDesignDataAndProductRolesTest {

    static final CatalogSnapshot CATALOGUE = RoleNameResolutionProperties.SNAPSHOT;

    static Stream<String> added() {
        return Stream.of("backend-engineer", "full-stack-engineer", "embedded-software-engineer", "team-lead",
                "test-automation-engineer", "qa-manager", "release-manager", "engineering-operations-manager",
                "ux-designer", "product-designer", "ux-researcher", "design-manager", "head-of-design", "data-analyst",
                "business-intelligence-analyst", "analytics-manager", "developer-advocate", "developer-relations-manager",
                "scrum-master", "agile-coach", "business-analyst", "technical-writer", "documentation-manager",
                "group-product-manager", "director-of-product", "product-operations-manager");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Backend Developer, backend-engineer", "full stack developer, full-stack-engineer",
            "Firmware Engineer, embedded-software-engineer", "QA Automation Engineer, test-automation-engineer",
            "Head of QA, qa-manager", "UX/UI Designer, ux-designer", "User Researcher, ux-researcher",
            "Head of UX, head-of-design", "BI Analyst, business-intelligence-analyst", "Data Analyst, data-analyst",
            "Developer Evangelist, developer-advocate", "DevRel Manager, developer-relations-manager",
            "Scrum Master, scrum-master", "BA, business-analyst", "Technical Author, technical-writer",
            "GPM, group-product-manager", "Product Director, director-of-product",
            "Product Ops Manager, product-operations-manager"})
    void anEverydayNameLeadsToItsOwnRole(String name, String slug) {
        RoleTags.Resolved resolved = RoleTags.resolve(List.of(name), CATALOGUE);

        assertThat(resolved.unknown()).as(name).isEmpty();
        assertThat(resolved.slugs()).as(name).containsExactly(slug);
    }

    @Test
    void designAndResearchIsAFamilyJustBeforeOtherHoldingTheDesignRoles() {
        List<String> order = CATALOGUE.families().stream().map(Family::key).toList();

        assertThat(order.indexOf("design")).isEqualTo(order.indexOf("other") - 1);
        assertThat(CATALOGUE.familyLabel("design")).isEqualTo("Design & research");
        assertThat(CATALOGUE.roles("design")).extracting(Role::slug).containsExactlyInAnyOrder("ux-designer",
                "product-designer", "ux-researcher", "design-manager", "head-of-design");
    }

    @ParameterizedTest
    @MethodSource("added")
    void theRoleHasALevelAndNeitherItsManagersNorItsNextStepsAreBelowIt(String slug) {
        Role role = CATALOGUE.role(slug).orElseThrow();
        assertThat(role.level()).as("level").isBetween(1, 8);

        Stream.of(role.reportsTo(), role.sometimesReportsTo(), role.nextRoles()).flatMap(List::stream).forEach(other -> {
            int level = CATALOGUE.role(other).orElseThrow().level();
            assertThat(level).as(slug + " and " + other).satisfiesAnyOf(l -> assertThat(l).isZero(),
                    l -> assertThat(l).isGreaterThanOrEqualTo(role.level()));
        });
    }
}
