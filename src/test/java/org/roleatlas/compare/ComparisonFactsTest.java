package org.roleatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Family;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.SizeBand;

class ComparisonFactsTest {

    static final Dimension SCOPE = new Dimension("scope", "Scope", "");
    static final Framework FRAMEWORK = new Framework("default", "Default", "", List.of(SCOPE));

    static Role role(String slug, String title, List<String> reportsTo, List<String> next, String scope) {
        return new Role(slug, title, null, List.of(), "f", "", Map.of("scope", scope), reportsTo, next);
    }

    static final CatalogSnapshot SNAPSHOT = new CatalogSnapshot(1, List.of(new Family("f", "F")), List.of(FRAMEWORK),
            List.of(SCOPE), List.of(
            role("ceo", "Chief Executive", List.of(), List.of(), "Everything."),
            role("cto", "Chief Technologist", List.of("ceo"), List.of("ceo"), "Technology."),
            role("cfo", "Chief Financier", List.of("ceo"), List.of("ceo"), "Money."),
            role("a", "Engineer A", List.of("cto"), List.of("cto"), "A things."),
            role("b", "Engineer B", List.of("cto"), List.of(), "B things."),
            role("c", "Engineer C", List.of("cto"), List.of(), "C things."),
            role("d", "Engineer D", List.of("cto", "cfo"), List.of(), "D things.")));

    private static Comparison compare(boolean differencesOnly, String... slugs) {
        List<Role> roles = java.util.Arrays.stream(slugs).map(s -> SNAPSHOT.role(s).orElseThrow()).toList();
        return Comparisons.compare(roles, ComparisonFacts.of(roles, SNAPSHOT), FRAMEWORK, differencesOnly);
    }

    @Test
    void structuredRowsLinkTheManagersAndNextRolesAndBandTheDirectReports() {
        Comparison c = compare(false, "cto", "cfo");
        assertThat(c.facts()).extracting(Comparison.Fact::key).containsExactly("reports-to", "direct-reports", "next-roles");
        Comparison.Fact reportsTo = c.facts().get(0);
        assertThat(reportsTo.cells().get(0)).containsExactly(new Comparison.Item("Chief Executive", "ceo"));
        assertThat(reportsTo.cells().get(0).get(0).href()).isEqualTo("/roles/ceo");
        assertThat(reportsTo.identical()).isTrue();
        Comparison.Fact reports = c.facts().get(1);
        assertThat(reports.texts()).containsExactly("4–8 roles", "1–3 roles");
        assertThat(reports.identical()).isFalse();
    }

    @Test
    void differencesOnlyHidesStructuredRowsThatReadTheSameAndCountsThem() {
        Comparison all = compare(false, "cto", "cfo");
        assertThat(all.identicalRows()).isEqualTo(2); // reports to and next roles
        assertThat(all.allRows()).isEqualTo(4);

        Comparison differences = compare(true, "cto", "cfo");
        assertThat(differences.facts()).extracting(Comparison.Fact::key).containsExactly("direct-reports");
        assertThat(differences.rows()).extracting(r -> r.dimension().key()).containsExactly("scope");
        assertThat(differences.identicalRows()).as("hidden rows still count as the same").isEqualTo(2);
    }

    @Test
    void linkedRolesInAnotherOrderReadTheSameAndEmptyRowsAreLeftOut() {
        Comparison c = compare(false, "b", "c");
        assertThat(c.facts()).extracting(Comparison.Fact::key)
                .as("neither has next roles: the row says nothing").containsExactly("reports-to", "direct-reports");
        assertThat(c.facts()).allMatch(Comparison.Fact::identical);

        Comparison mixed = compare(false, "a", "d");
        assertThat(mixed.facts().get(0).texts()).containsExactly("Chief Technologist", "Chief Technologist, Chief Financier");
        assertThat(mixed.facts().get(0).identical()).isFalse();
        assertThat(mixed.facts().get(2).texts()).containsExactly("Chief Technologist", Comparison.MISSING);
    }

    @Test
    void levelsAndOccasionalAndDottedLineManagersAreRowsOfTheirOwn() {
        Role lead = new Role("lead", "Team Lead", null, List.of(), "f", "", Map.of("scope", "A team."), List.of("cto"),
                List.of(), 4, List.of("cfo"), List.of("ceo"), Map.of());
        Role chief = new Role("chief", "Chief", null, List.of(), "f", "", Map.of("scope", "All."), List.of("ceo"),
                List.of(), 8, List.of(), List.of(), Map.of());
        CatalogSnapshot snapshot = new CatalogSnapshot(2, List.of(new Family("f", "F")), List.of(FRAMEWORK), List.of(SCOPE),
                java.util.stream.Stream.concat(SNAPSHOT.roles().stream(), java.util.stream.Stream.of(lead, chief)).toList());
        List<Comparison.Fact> facts = ComparisonFacts.of(List.of(lead, chief), snapshot);
        assertThat(facts).extracting(Comparison.Fact::key).containsExactly("level", "reports-to", "sometimes-reports-to",
                "dotted-line-to", "direct-reports");
        assertThat(facts.get(0).texts()).containsExactly("4 · Lead or first-line manager", "8 · Chief or executive");
        assertThat(facts.get(2).cells().get(0)).containsExactly(new Comparison.Item("Chief Financier", "cfo"));
        assertThat(facts.get(3).texts()).containsExactly("Chief Executive", Comparison.MISSING);
        assertThat(ComparisonFacts.of(List.of(SNAPSHOT.role("cto").orElseThrow(), SNAPSHOT.role("cfo").orElseThrow()), SNAPSHOT))
                .as("roles without a level have no level row").extracting(Comparison.Fact::key).doesNotContain("level");
    }

    @Test
    void atACompanySizeCellsShowTheVariantWhereThereIsOneAndSayWhichAreVariants() {
        Role small = new Role("small", "Small", null, List.of(), "f", "", Map.of("scope", "Usual."), List.of(), List.of(),
                3, List.of(), List.of(), Map.of("scope", Map.of("1-50", "Everything.")));
        Role other = new Role("other", "Other", null, List.of(), "f", "", Map.of("scope", "Usual."), List.of(), List.of());
        Comparison sized = Comparisons.compare(List.of(small, other), List.of(), FRAMEWORK, false, SizeBand.STARTUP);
        assertThat(sized.rows().get(0).cells()).containsExactly("Everything.", "Usual.");
        assertThat(sized.rows().get(0).variants()).containsExactly(true, false);
        assertThat(sized.rows().get(0).identical()).isFalse();
        assertThat(sized.table().get(1)).containsExactly("Scope", "Everything. (at 1–50 employees)", "Usual.");
        assertThat(sized.query()).isEqualTo("size=1-50");
        Comparison plain = Comparisons.compare(List.of(small, other), List.of(), FRAMEWORK, true, SizeBand.ENTERPRISE);
        assertThat(plain.rows()).as("no variant at 10,001+: both read the same and are hidden").isEmpty();
        assertThat(plain.query()).isEqualTo("diff=true&size=10001%2B");
    }

    @Test
    void directReportBandsHaveFixedEdges() {
        assertThat(List.of(0, 1, 3, 4, 8, 9, 40)).extracting(ComparisonFacts::directReportsBand)
                .containsExactly("None", "1–3 roles", "1–3 roles", "4–8 roles", "4–8 roles", "9 or more roles", "9 or more roles");
    }

    @Test
    void exportsCarryTheStructuredRowsBeforeTheDimensions() {
        Comparison c = compare(false, "cto", "cfo");
        assertThat(c.table()).extracting(line -> line.get(0))
                .containsExactly("Dimension", "Reports to", "Direct reports", "Next roles", "Scope");
        assertThat(ComparisonExports.markdown(c)).contains("| Direct reports | 4–8 roles | 1–3 roles |");
        assertThat(ComparisonExports.csv(c)).contains("Reports to,Chief Executive,Chief Executive\r\n");
        assertThat(ComparisonExports.json(c)).contains("\"structure\"").contains("\"key\" : \"reports-to\"")
                .contains("\"role\" : \"ceo\"");
        assertThat(ComparisonExports.text(c)).contains("Reports to  (same for all)");
    }
}
