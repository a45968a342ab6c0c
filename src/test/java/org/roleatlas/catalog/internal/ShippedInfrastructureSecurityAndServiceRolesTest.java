package org.roleatlas.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Family;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleTags;

/**
 * The shipped catalogue answers for the infrastructure, security and IT service management jobs people ask about:
 * each common name reaches its own role (not a neighbour that once carried it as an alias), IT service management is
 * a family of its own, and these roles sit on the level ladder with careers that never go down it.
 */
class ShippedInfrastructureSecurityAndServiceRolesTest {

    static final CatalogSnapshot SNAPSHOT = RoleNameResolutionProperties.SNAPSHOT;

    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("Network Engineer", "network-engineer"),
            Map.entry("DBA", "database-administrator"),
            Map.entry("Database SRE", "database-reliability-engineer"),
            Map.entry("Infrastructure Engineer", "infrastructure-engineer"),
            Map.entry("Head of Infrastructure", "head-of-infrastructure"),
            Map.entry("Cloud Cost Analyst", "finops-analyst"),
            Map.entry("AppSec Engineer", "application-security-engineer"),
            Map.entry("IAM Engineer", "identity-and-access-engineer"),
            Map.entry("Pentester", "penetration-tester"),
            Map.entry("SOC Manager", "soc-manager"),
            Map.entry("SOC Analyst", "security-operations-analyst"),
            Map.entry("GRC Analyst", "grc-analyst"),
            Map.entry("DPO", "data-protection-officer"),
            Map.entry("Service Desk Analyst", "service-desk-analyst"),
            Map.entry("Help Desk Manager", "service-desk-manager"),
            Map.entry("IT Operations Manager", "it-operations-manager"),
            Map.entry("EUC Engineer", "end-user-computing-engineer"));

    static final Set<String> NEW_ROLES = Set.of("network-engineer", "network-architect", "database-administrator",
            "database-reliability-engineer", "infrastructure-engineer", "observability-engineer", "finops-analyst",
            "head-of-infrastructure", "application-security-engineer", "cloud-security-engineer",
            "identity-and-access-engineer", "penetration-tester", "incident-response-lead", "soc-manager", "grc-analyst",
            "grc-manager", "data-protection-officer", "security-awareness-lead", "it-service-manager",
            "service-desk-analyst", "service-desk-manager", "change-manager", "problem-manager", "it-asset-manager",
            "it-operations-manager", "end-user-computing-engineer");

    @Test
    void theNamesPeopleUseForTheseJobsReachTheirOwnRoles() {
        NAMES.forEach((name, slug) -> {
            RoleTags.Resolved resolved = RoleTags.resolve(List.of(name), SNAPSHOT);
            assertThat(resolved.unknown()).as(name).isEmpty();
            assertThat(resolved.slugs()).as(name).containsExactly(slug);
        });
    }

    @Test
    void itServiceManagementIsAFamilyRightAfterItWithTheServiceDeskAndItsProcessOwners() {
        List<String> families = SNAPSHOT.families().stream().map(Family::key).toList();
        assertThat(families.indexOf("it-service-management")).isEqualTo(families.indexOf("it") + 1);
        assertThat(SNAPSHOT.familyLabel("it-service-management")).isEqualTo("IT service management");
        assertThat(SNAPSHOT.roles("it-service-management")).extracting(Role::slug).contains("it-service-manager",
                "service-desk-analyst", "service-desk-manager", "change-manager", "problem-manager", "it-asset-manager",
                "it-operations-manager");
    }

    @Test
    void everyNewRoleHasALevelAndItsManagersAndNextStepsAreNeverBelowIt() {
        Set<String> present = SNAPSHOT.roles().stream().map(Role::slug).collect(Collectors.toSet());
        assertThat(present).containsAll(NEW_ROLES);
        for (String slug : NEW_ROLES) {
            Role role = SNAPSHOT.role(slug).orElseThrow();
            assertThat(role.level()).as(slug + " level").isBetween(1, 8);
            for (String next : role.nextRoles()) {
                int level = SNAPSHOT.role(next).orElseThrow().level();
                assertThat(level == 0 || level >= role.level()).as(slug + " -> " + next).isTrue();
            }
            for (String manager : role.reportsTo()) {
                int level = SNAPSHOT.role(manager).orElseThrow().level();
                assertThat(level == 0 || level >= role.level()).as(slug + " reports to " + manager).isTrue();
            }
        }
    }
}
