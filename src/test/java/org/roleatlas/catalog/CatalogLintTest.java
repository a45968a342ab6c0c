package org.roleatlas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.catalog.CatalogLint.Finding;
import org.roleatlas.catalog.CatalogLint.Rule;

/** Each lint rule fires on a catalogue crafted to break it, and stays quiet on one that keeps it. */
class CatalogLintTest {

    static final Dimension REPORTING = new Dimension("reporting-relationship", "Reporting Relationship", "");
    static final Dimension TEAM = new Dimension("team-management", "Team Management", "");
    static final Dimension SCOPE = new Dimension("scope", "Scope", "");

    /** A role builder: every dimension filled, a level, links as given. */
    static final class R {
        final String slug;
        String title;
        String abbreviation;
        List<String> aliases = List.of();
        final Map<String, String> values = new HashMap<>();
        List<String> reportsTo = List.of();
        List<String> sometimes = List.of();
        List<String> dotted = List.of();
        List<String> next = List.of();
        int level = 3;

        R(String slug, String title) {
            this.slug = slug;
            this.title = title;
            values.put(REPORTING.key(), "Reports to nobody in the catalogue.");
            values.put(TEAM.key(), "Manages a team.");
            values.put(SCOPE.key(), "Everything.");
        }

        R reportsTo(String text, String... slugs) {
            values.put(REPORTING.key(), text);
            reportsTo = List.of(slugs);
            return this;
        }

        R team(String text) {
            values.put(TEAM.key(), text);
            return this;
        }

        R level(int level) {
            this.level = level;
            return this;
        }

        R next(String... slugs) {
            next = List.of(slugs);
            return this;
        }

        R aliases(String... aliases) {
            this.aliases = List.of(aliases);
            return this;
        }

        R abbreviation(String abbreviation) {
            this.abbreviation = abbreviation;
            return this;
        }

        R without(String dimension) {
            values.remove(dimension);
            return this;
        }

        Role build() {
            return new Role(slug, title, abbreviation, aliases, "f", "A role.", values, reportsTo, next, level, sometimes,
                    dotted, Map.of());
        }
    }

    static List<Finding> lint(R... roles) {
        List<Role> built = new ArrayList<>();
        for (R r : roles) {
            built.add(r.build());
        }
        Framework framework = new Framework("default", "Role profile", "", List.of(REPORTING, SCOPE, TEAM));
        return CatalogLint.check(new CatalogSnapshot(1, List.of(new Family("f", "F")), List.of(framework),
                List.of(REPORTING, SCOPE, TEAM), built));
    }

    static R ceo() {
        return new R("ceo", "Chief Executive Officer").abbreviation("CEO").level(8)
                .reportsTo("Reports to the board.").team("Manages the executives.");
    }

    static R cto() {
        return new R("cto", "Chief Technology Officer").abbreviation("CTO").level(8)
                .reportsTo("Reports to the CEO.", "ceo").team("Leads the VPs of Engineering.");
    }

    @Test
    void aConsistentCatalogueHasNoFindings() {
        assertThat(lint(ceo(), cto(), new R("vpe", "VP of Engineering").level(7).next("cto")
                .reportsTo("Usually reports to the CTO; in small companies to the CEO.", "cto", "ceo"))).isEmpty();
    }

    @Test
    void aLinkToAnUnknownRoleOrToItselfIsDangling() {
        List<Finding> findings = lint(ceo(), cto().next("cto", "chief-wizard"));
        assertThat(findings).filteredOn(f -> f.rule() == Rule.DANGLING_LINK)
                .extracting(Finding::role, Finding::field).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cto", "nextRoles.0"),
                        org.assertj.core.groups.Tuple.tuple("cto", "nextRoles.1"));
        assertThat(findings).filteredOn(f -> f.rule() == Rule.DANGLING_LINK).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("'chief-wizard'").contains("not in the catalogue"));
    }

    @Test
    void managersThatLeadBackToTheRoleAreOneCycle() {
        List<Finding> findings = lint(
                new R("a", "Alpha Lead").reportsTo("Reports to the Gamma Lead.", "c"),
                new R("b", "Beta Lead").reportsTo("Reports to the Alpha Lead.", "a"),
                new R("c", "Gamma Lead").reportsTo("Reports to the Beta Lead.", "b"));
        assertThat(findings).filteredOn(f -> f.rule() == Rule.REPORTING_CYCLE).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("a → c → b → a"));
    }

    @Test
    void aLinkedManagerTheReportingTextDoesNotMentionIsAFinding() {
        List<Finding> findings = lint(ceo(), new R("cto", "Chief Technology Officer").abbreviation("CTO").level(8)
                .reportsTo("Reports to the board of directors.", "ceo"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.REPORTING_TEXT);
            assertThat(f.field()).isEqualTo("reportsTo.0");
            assertThat(f.message()).contains("ceo").contains("does not mention");
        });
    }

    @Test
    void aManagerTheReportingTextNamesButNoLinkHasIsAFinding() {
        List<Finding> findings = lint(ceo(), cto(), new R("vpe", "VP of Engineering").abbreviation("VPE").level(7)
                .reportsTo("Reports to the CTO, or in small companies to the Chief Executive Officer.", "cto"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.REPORTING_TEXT);
            assertThat(f.role()).isEqualTo("vpe");
            assertThat(f.message()).contains("Chief Executive Officer (CEO) (ceo)").contains("in none of");
        });
    }

    @Test
    void peersAndLaterStepsInTheReportingTextAreNotManagers() {
        assertThat(lint(ceo(), cto(), new R("vpe", "VP of Engineering").level(7)
                .reportsTo("Reports to the CTO; works closely with the CEO; often comes before a CEO role.", "cto")))
                .isEmpty();
    }

    @Test
    void aRoleWithoutReportsThatOthersReportToIsAFinding() {
        List<Finding> findings = lint(ceo(), cto(),
                new R("tech-lead", "Tech Lead").level(4).reportsTo("Reports to the CTO.", "cto")
                        .team("Leads engineers technically without formal reports."),
                new R("engineer", "Engineer").level(2).reportsTo("Reports to the Tech Lead.", "tech-lead")
                        .team("No reports."));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.TEAM_MANAGEMENT);
            assertThat(f.role()).isEqualTo("tech-lead");
            assertThat(f.field()).isEqualTo("values.team-management");
            assertThat(f.message()).contains("Engineer (engineer)").contains("reportsTo");
        });
    }

    @Test
    void anIndividualContributorWithReportsIsAFinding() {
        assertThat(lint(ceo().team("An individual contributor."), cto())).extracting(Finding::rule)
                .containsExactly(Rule.TEAM_MANAGEMENT);
    }

    @Test
    void aNextRoleLowerOnTheLadderIsAFinding() {
        List<Finding> findings = lint(ceo(), cto().next("vpe"), new R("vpe", "VP of Engineering").level(7)
                .reportsTo("Reports to the CTO.", "cto"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.NEXT_ROLE_DOWN);
            assertThat(f.role()).isEqualTo("cto");
            assertThat(f.field()).isEqualTo("nextRoles.0");
        });
    }

    @Test
    void aLateralNextRoleIsFine() {
        assertThat(lint(ceo().next("cto"), cto().next("ceo"))).isEmpty();
    }

    @Test
    void oneAliasOnTwoRolesIsAFindingOnEach() {
        List<Finding> findings = lint(ceo(), cto(),
                new R("tech-lead", "Tech Lead").aliases("Lead Developer", "Team Lead").reportsTo("Reports to the CTO.", "cto"),
                new R("senior-engineer", "Senior Engineer").aliases("Lead developer").reportsTo("Reports to the CTO.", "cto"));
        assertThat(findings).extracting(Finding::rule, Finding::role, Finding::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Rule.SHARED_NAME, "tech-lead", "aliases.0"),
                org.assertj.core.groups.Tuple.tuple(Rule.SHARED_NAME, "senior-engineer", "aliases.0"));
    }

    @Test
    void anAliasEqualToAnotherRolesTitleIsAFindingOnTheAliasOnly() {
        List<Finding> findings = lint(ceo(), cto(),
                new R("tech-lead", "Tech Lead").aliases("Team Lead").reportsTo("Reports to the CTO.", "cto"),
                new R("team-lead", "Team Lead").reportsTo("Reports to the CTO.", "cto"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.SHARED_NAME);
            assertThat(f.role()).isEqualTo("tech-lead");
            assertThat(f.message()).isEqualTo("the alias 'Team Lead' is also the title of Team Lead (team-lead)");
        });
    }

    @Test
    void aDimensionWithoutTextIsAFinding() {
        assertThat(lint(ceo(), cto().without("scope"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.MISSING_VALUE);
            assertThat(f.message()).contains("Scope (scope)");
        });
    }

    @Test
    void aRoleWithoutALevelIsAFinding() {
        assertThat(lint(ceo(), cto().level(0))).extracting(Finding::rule, Finding::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.MISSING_LEVEL, "cto"));
    }

    @Test
    void anOccasionalManagerCountsForTheTextAndForCycles() {
        R vpe = new R("vpe", "VP of Engineering").level(7).reportsTo("Reports to the CTO.", "cto");
        vpe.sometimes = List.of("ceo");
        assertThat(lint(ceo(), cto(), vpe)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.REPORTING_TEXT);
            assertThat(f.field()).isEqualTo("sometimesReportsTo.0");
        });
        R ceo = ceo().reportsTo("Reports to the board, and in a holding to the CTO.");
        ceo.sometimes = List.of("cto");
        assertThat(lint(ceo, cto())).extracting(Finding::rule).containsExactly(Rule.REPORTING_CYCLE);
    }

    @Test
    void aDottedLineToARoleWithoutReportsIsFine() {
        R lead = new R("tech-lead", "Tech Lead").level(4).reportsTo("Reports to the CTO.", "cto")
                .team("Leads engineers technically without formal reports.");
        R engineer = new R("engineer", "Engineer").level(2).team("No reports.")
                .reportsTo("Reports to the CTO; day-to-day direction comes from the Tech Lead.", "cto");
        engineer.dotted = List.of("tech-lead");
        assertThat(lint(ceo(), cto(), lead, engineer)).isEmpty();
        engineer.dotted = List.of();
        engineer.sometimes = List.of("tech-lead");
        assertThat(lint(ceo(), cto(), lead, engineer)).extracting(Finding::rule).containsExactly(Rule.TEAM_MANAGEMENT);
    }
}
