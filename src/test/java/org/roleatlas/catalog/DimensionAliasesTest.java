package org.roleatlas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Label aliases of dimensions; its framework file is also imported by {@code exchange.ImportContract}. */
public class DimensionAliasesTest {

    public static final String FRAMEWORK = """
            key: hiring
            name: Hiring
            dimensions:
              - key: typical-interview
                label: Typical Interview
                description: How candidates are assessed.
                aliases: [Interview Loop, "Hiring Process"]
              - key: offer
                label: Offer
            """;

    @Test
    void aDimensionMayListLabelAliases() {
        Framework framework = CatalogDocuments.read(FRAMEWORK, "hiring.yaml").frameworks().get(0).item();
        assertThat(framework.dimensions().get(0).aliases()).containsExactly("Interview Loop", "Hiring Process");
        assertThat(framework.dimensions().get(1).aliases()).isEmpty();
    }

    @Test
    void rowLabelsMatchByAliasIgnoringCaseHyphensAndPunctuationAndNearMissesAreSuggested() {
        Framework framework = CatalogDocuments.read(FRAMEWORK, "hiring.yaml").frameworks().get(0).item();
        CatalogSnapshot snapshot = new CatalogSnapshot(1, List.of(), List.of(framework), framework.dimensions(), List.of());
        assertThat(snapshot.dimensionByLabel("interview-loop!")).map(Dimension::key).hasValue("typical-interview");
        assertThat(snapshot.dimensionByLabel("TYPICAL interview")).map(Dimension::key).hasValue("typical-interview");
        assertThat(snapshot.dimensionByLabel("Intervew Lop")).isEmpty();
        assertThat(snapshot.dimensionSuggestions("Intervew Lop", 2)).extracting(Dimension::key).containsExactly("typical-interview");
    }

    @Test
    void anAliasThatNamesAnotherDimensionIsRefused() {
        String clash = FRAMEWORK.replace("aliases: [Interview Loop, \"Hiring Process\"]", "aliases: [Offer]");
        CatalogSnapshot empty = new CatalogSnapshot(1, List.of(), List.of(), List.of(), List.of());
        assertThat(CatalogRules.check(empty, CatalogDocuments.read(clash, "hiring.yaml")))
                .anySatisfy(p -> assertThat(p).contains("the label alias 'Offer' of dimension 'typical-interview' already names dimension 'offer'"));
    }
}
