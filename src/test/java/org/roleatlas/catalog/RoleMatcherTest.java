package org.roleatlas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RoleMatcherTest {

    static Role role(String slug, String title, String abbreviation, List<String> aliases) {
        return new Role(slug, title, abbreviation, aliases, "f", "", Map.of(), List.of(), List.of());
    }

    static final List<Role> ROLES = List.of(
            role("director-of-engineering", "Director of Engineering", null, List.of()),
            role("it-director", "IT Director", null, List.of()),
            role("vp-of-engineering", "VP of Engineering", "VPE", List.of("Vice President of Engineering")),
            role("cto", "Chief Technology Officer", "CTO", List.of("Chief Technical Officer")));

    @Test
    void anAbbreviationMatchesExactlyFirst() {
        assertThat(RoleMatcher.matching(ROLES, RoleNames::of, "vpe", 5)).extracting(Role::slug).first().isEqualTo("vp-of-engineering");
    }

    @Test
    void aWordPrefixMatchesTitlesAndAliases() {
        assertThat(RoleMatcher.matching(ROLES, RoleNames::of, "techn", 5)).extracting(Role::slug).containsExactly("cto");
        assertThat(RoleMatcher.matching(ROLES, RoleNames::of, "director", 5)).extracting(Role::slug)
                .containsExactly("director-of-engineering", "it-director");
    }

    @Test
    void aMisspeltFirstWordStillSuggestsTheRole() {
        assertThat(RoleMatcher.suggestions(ROLES, RoleNames::of, "directr", 3)).extracting(Role::slug).contains("director-of-engineering");
        assertThat(RoleMatcher.suggestions(ROLES, RoleNames::of, "ctoo", 3)).extracting(Role::slug).first().isEqualTo("cto");
    }

    @Test
    void somethingUnlikeAnyRoleSuggestsNothing() {
        assertThat(RoleMatcher.suggestions(ROLES, RoleNames::of, "astronaut", 3)).isEmpty();
    }

    static Role role(String slug, String title, String family, int level, String... aliases) {
        return new Role(slug, title, null, List.of(aliases), family, "", Map.of(), List.of(), List.of(), level, List.of(),
                List.of(), Map.of());
    }

    static final Map<String, String> FAMILIES = Map.of("engineering", "Software engineering",
            "engineering-management", "Engineering management", "infrastructure-operations", "Infrastructure & operations",
            "data-ml", "Data & machine learning", "security", "Security", "executive", "Executive");

    /** Roles like the shipped ones, where kinds compete: engineers of several families, analysts of two. */
    static final List<Role> KINDS = List.of(
            role("software-engineer", "Software Engineer", "engineering", 2, "Software Developer", "Developer"),
            role("frontend-engineer", "Frontend Engineer", "engineering", 2, "Frontend Developer"),
            role("staff-engineer", "Staff Engineer", "engineering", 4),
            role("engineering-manager", "Engineering Manager", "engineering-management", 4),
            role("director-of-engineering", "Director of Engineering", "engineering-management", 6),
            role("cloud-engineer", "Cloud Engineer", "infrastructure-operations", 2),
            role("devops-engineer", "DevOps Engineer", "infrastructure-operations", 2),
            role("data-scientist", "Data Scientist", "data-ml", 2),
            role("data-engineer", "Data Engineer", "data-ml", 2),
            role("analytics-engineer", "Analytics Engineer", "data-ml", 2),
            role("head-of-data-science", "Head of Data Science", "data-ml", 6),
            role("chief-data-officer", "Chief Data Officer", "executive", 8),
            role("security-operations-analyst", "Security Operations Analyst", "security", 2, "SOC Analyst", "Security Analyst"));

    static List<String> didYouMean(String typed) {
        return RoleMatcher.suggestions(KINDS, RoleNames::of, r -> FAMILIES.get(r.familyKey()), typed, 3).stream()
                .map(Role::slug).toList();
    }

    @Test
    void aMissingEngineerRoleSuggestsSoftwareEngineersNotInfrastructureOrManagers() {
        assertThat(didYouMean("Backend Engineer")).doesNotContain("cloud-engineer", "devops-engineer")
                .first(org.assertj.core.api.InstanceOfAssertFactories.STRING).isIn("software-engineer", "frontend-engineer");
        assertThat(didYouMean("Backend Engineer").subList(0, 2)).containsExactlyInAnyOrder("software-engineer", "frontend-engineer");
        assertThat(didYouMean("Full-stack Developer").subList(0, 2)).contains("software-engineer");
    }

    @Test
    void aMissingDataRoleSuggestsDataRolesNotTheSocAnalyst() {
        assertThat(didYouMean("Data Analyst")).hasSize(3).doesNotContain("security-operations-analyst")
                .allSatisfy(slug -> assertThat(KINDS.stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow()
                        .familyKey()).isEqualTo("data-ml"));
        assertThat(didYouMean("Data Analyst")).first().isEqualTo("analytics-engineer");
    }

    @Test
    void senioritySteersTheSuggestionsToRolesOfThatLevel() {
        assertThat(didYouMean("Head of Backend Engineering")).first().isEqualTo("director-of-engineering");
        assertThat(didYouMean("Data Platform Director")).first().isEqualTo("head-of-data-science");
    }

    @Test
    void aSharedKindWordAloneIsNotEnoughWhereNothingElseMatches() {
        assertThat(didYouMean("Astronaut Pilot")).isEmpty();
    }
}
