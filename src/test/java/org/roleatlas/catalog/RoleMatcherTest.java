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
}
