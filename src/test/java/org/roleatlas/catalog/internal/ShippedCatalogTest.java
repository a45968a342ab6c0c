package org.roleatlas.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.roleatlas.Seeds;
import org.roleatlas.catalog.CatalogRules;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.ReportingLines;
import org.roleatlas.catalog.Role;

/** The catalogue that ships is complete, consistent and written in the project's own words. */
class ShippedCatalogTest {

    static final ShippedCatalog SHIPPED = ShippedCatalog.fromClasspath();
    static final List<Role> ROLES = SHIPPED.document().roles().stream().map(Located::item).toList();

    static Framework framework(String key) {
        return SHIPPED.document().frameworks().stream().map(Located::item).filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void hasAtLeast45RolesIncludingEveryRequiredSlug() {
        Set<String> slugs = ROLES.stream().map(Role::slug).collect(Collectors.toSet());
        assertThat(slugs).hasSizeGreaterThanOrEqualTo(45).contains("cto", "cio", "ciso", "chief-data-officer",
                "chief-product-officer", "ceo", "vp-of-engineering", "head-of-engineering", "director-of-engineering",
                "senior-engineering-manager", "engineering-manager", "technical-lead-manager", "tech-lead",
                "senior-software-engineer", "staff-engineer", "principal-engineer", "distinguished-engineer",
                "software-architect", "chief-architect", "mlops-engineer", "ml-engineer", "ml-engineering-manager",
                "head-of-data-science", "data-scientist", "data-engineer", "ai-operations-manager", "prompt-engineer",
                "aiops-engineer", "site-reliability-engineer", "platform-engineer", "devops-engineer", "security-engineer",
                "product-manager", "technical-program-manager", "startup-chief-of-staff", "it-director");
    }

    @Test
    void coversEveryFamilyTheBriefNames() {
        Set<String> families = ROLES.stream().map(Role::familyKey).collect(Collectors.toSet());
        assertThat(families).contains("executive", "engineering-management", "engineering", "architecture", "data-ml",
                "ai", "product-program", "security", "infrastructure-operations", "it");
    }

    @Test
    void defaultFrameworkHasTheSeedComparisonsTenDimensionsInItsOrder() {
        List<String> seedRowLabels = Seeds.tableLines(Seeds.COMPARISON).stream().skip(2)
                .map(line -> line.split("\\|")[1].strip()).toList();
        assertThat(framework("default").dimensions()).extracting(Dimension::label).containsExactlyElementsOf(seedRowLabels);
        assertThat(seedRowLabels).hasSize(10);
    }

    @Test
    void focusFrameworkHasTheAspectsOfTheArticlesCtoVersusCioTable() {
        List<String> aspects = Seeds.text(Seeds.ARTICLE).lines().filter(l -> l.contains(" | "))
                .skip(1).map(l -> l.split("\\|")[0].strip()).toList();
        assertThat(framework("focus").dimensions()).extracting(Dimension::label).containsExactlyElementsOf(aspects);
    }

    @Test
    void everyRoleHasTitleFamilySummaryAndAValueForEveryDefaultDimension() {
        for (Role role : ROLES) {
            assertThat(role.title()).as(role.slug()).isNotBlank();
            assertThat(role.summary()).as(role.slug()).isNotBlank();
            for (Dimension d : framework("default").dimensions()) {
                assertThat(role.value(d.key())).as(role.slug() + " / " + d.key()).isNotBlank();
            }
        }
    }

    @Test
    void executiveRolesAreFilledForTheFocusFramework() {
        List<Role> executives = ROLES.stream().filter(r -> r.familyKey().equals("executive")).toList();
        assertThat(executives).extracting(Role::slug).contains("cto", "cio", "ceo", "ciso");
        for (Role role : executives) {
            for (Dimension d : framework("focus").dimensions()) {
                assertThat(role.value(d.key())).as(role.slug() + " / " + d.key()).isNotBlank();
            }
        }
    }

    @Test
    void everyLinkResolvesToACatalogueRoleAndOnlyTheCeoReportsToNobody() {
        Set<String> slugs = ROLES.stream().map(Role::slug).collect(Collectors.toSet());
        for (Role role : ROLES) {
            assertThat(slugs).as(role.slug() + " reportsTo").containsAll(role.reportsTo());
            assertThat(slugs).as(role.slug() + " nextRoles").containsAll(role.nextRoles());
            if (!role.slug().equals("ceo")) {
                assertThat(role.reportsTo()).as(role.slug() + " reports to someone").isNotEmpty();
            }
        }
        Role mlops = ROLES.stream().filter(r -> r.slug().equals("mlops-engineer")).findFirst().orElseThrow();
        assertThat(mlops.sometimesReportsTo()).as("occasional managers are links too").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theWholeBundlePassesTheCatalogueRules() {
        CatalogSnapshot empty = new CatalogSnapshot(0, List.of(), List.of(), List.of(), List.of());
        assertThat(CatalogRules.check(empty, SHIPPED.document())).isEmpty();
    }

    @Test
    void noCellReusesEightConsecutiveWordsOfAnySeed() {
        Set<String> seedShingles = new HashSet<>();
        for (String seed : List.of(Seeds.COMPARISON, Seeds.ARTICLE, Seeds.DISCUSSION)) {
            seedShingles.addAll(shingles(Seeds.text(seed), 8));
        }
        for (Role role : ROLES) {
            for (Map.Entry<String, String> value : role.values().entrySet()) {
                Set<String> shared = shingles(value.getValue(), 8);
                shared.retainAll(seedShingles);
                assertThat(shared).as(role.slug() + " / " + value.getKey() + " copies a seed phrase").isEmpty();
            }
            Set<String> summary = shingles(role.summary(), 8);
            summary.retainAll(seedShingles);
            assertThat(summary).as(role.slug() + " summary").isEmpty();
        }
    }

    @Test
    void everyRoleAppearsInTheOrganisationChartExactlyOnce() {
        List<Framework> frameworks = SHIPPED.document().frameworks().stream().map(Located::item).toList();
        CatalogSnapshot snapshot = new CatalogSnapshot(1, SHIPPED.document().families().stream().map(Located::item).toList(),
                frameworks, frameworks.stream().flatMap(f -> f.dimensions().stream()).distinct().toList(), ROLES);
        List<String> placed = new java.util.ArrayList<>();
        new ReportingLines(snapshot).tree().forEach(root -> collect(root, placed));
        assertThat(placed).hasSameSizeAs(ROLES).doesNotHaveDuplicates();
    }

    private static void collect(ReportingLines.Node node, List<String> placed) {
        placed.add(node.role().slug());
        node.reports().forEach(child -> collect(child, placed));
    }

    private static Set<String> shingles(String text, int size) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", " ").trim().split("\\s+");
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + size <= words.length; i++) {
            shingles.add(String.join(" ", Arrays.copyOfRange(words, i, i + size)));
        }
        return shingles;
    }
}
