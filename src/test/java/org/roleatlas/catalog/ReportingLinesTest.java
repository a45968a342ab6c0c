package org.roleatlas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportingLinesTest {

    static Role role(String slug, List<String> reportsTo, List<String> next) {
        return new Role(slug, slug.toUpperCase(), null, List.of(), "f", "", Map.of(), reportsTo, next);
    }

    static final CatalogSnapshot SNAPSHOT = new CatalogSnapshot(1, List.of(new Family("f", "F")), List.of(), List.of(), List.of(
            role("ceo", List.of(), List.of()),
            role("cto", List.of("ceo"), List.of("ceo")),
            role("vpe", List.of("cto", "ceo"), List.of("cto")),
            role("em", List.of("vpe"), List.of("vpe")),
            role("a", List.of("b"), List.of("b")),
            role("b", List.of("a"), List.of("a"))));

    final ReportingLines lines = new ReportingLines(SNAPSHOT);

    @Test
    void theReportingChainFollowsUsualManagersToTheTop() {
        assertThat(lines.chainUp(SNAPSHOT.role("em").orElseThrow())).extracting(Role::slug)
                .containsExactly("em", "vpe", "cto", "ceo");
    }

    @Test
    void aReportingCycleEndsTheChainInsteadOfLoopingForever() {
        assertThat(lines.chainUp(SNAPSHOT.role("a").orElseThrow())).extracting(Role::slug).containsExactly("a", "b");
    }

    @Test
    void careerPathsNeverVisitARoleTwice() {
        List<List<Role>> paths = lines.careerPaths(SNAPSHOT.role("em").orElseThrow(), 5, 10);
        assertThat(paths).hasSize(1);
        assertThat(paths.get(0)).extracting(Role::slug).containsExactly("em", "vpe", "cto", "ceo");
    }

    @Test
    void theTreeHangsEachRoleUnderItsFirstManagerAndNamesTheOthers() {
        List<ReportingLines.Node> roots = lines.tree();
        assertThat(roots).extracting(n -> n.role().slug()).containsExactly("ceo");
        ReportingLines.Node vpe = roots.get(0).reports().get(0).reports().get(0);
        assertThat(vpe.role().slug()).isEqualTo("vpe");
        assertThat(vpe.alsoReportsTo()).extracting(Role::slug).containsExactly("ceo");
        assertThat(vpe.reports()).extracting(n -> n.role().slug()).containsExactly("em");
    }
}
