package org.roleatlas.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.roleatlas.catalog.CatalogDocuments;
import org.roleatlas.catalog.CatalogValidationException;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.SizeBand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A role's level, its three kinds of manager and its company-size variants survive the database, and a change that
 * would make them inconsistent is refused whole.
 */
@SpringBootTest(properties = "roleatlas.catalog.refresh-interval=3600000")
@OwnDatabase
abstract class CatalogStructureContract {

    private static final String STARTUP_CTO = """
            slug: cto
            title: Chief Technology Officer
            abbreviation: CTO
            family: executive
            summary: Owns the technology.
            level: 8
            reportsTo: [ceo]
            sometimesReportsTo: [cio]
            dottedLineTo: [chief-product-officer]
            nextRoles: [ceo]
            values:
              primary-role: Technology executive.
              team-management: Leads engineering leaders.
            variants:
              team-management:
                "1-50": Still writes code and manages every engineer directly.
                "10001+": Leads several VPs of Engineering and a chief architect.
            """;

    @Autowired
    CatalogService catalog;

    @Test
    void levelLinkKindsAndVariantsAreStoredAndReadBack() {
        catalog.apply(CatalogDocuments.read(STARTUP_CTO, "cto.yaml"));

        Role cto = catalog.snapshot().role("cto").orElseThrow();
        assertThat(cto.level()).isEqualTo(8);
        assertThat(cto.reportsTo()).containsExactly("ceo");
        assertThat(cto.sometimesReportsTo()).containsExactly("cio");
        assertThat(cto.dottedLineTo()).containsExactly("chief-product-officer");
        assertThat(cto.variants()).isEqualTo(Map.of("team-management", Map.of(
                "1-50", "Still writes code and manages every engineer directly.",
                "10001+", "Leads several VPs of Engineering and a chief architect.")));
        assertThat(cto.value("team-management", SizeBand.STARTUP)).startsWith("Still writes code");
        assertThat(cto.value("team-management", SizeBand.MID_SIZE)).isEqualTo("Leads engineering leaders.");
        assertThat(cto.hasVariant("team-management", SizeBand.ENTERPRISE)).isTrue();
        assertThat(cto.hasVariant("primary-role", SizeBand.ENTERPRISE)).isFalse();
    }

    @Test
    void droppingVariantsAndLinksInALaterWriteRemovesThem() {
        catalog.apply(CatalogDocuments.read(STARTUP_CTO, "cto.yaml"));
        Role cto = catalog.snapshot().role("cto").orElseThrow();

        catalog.apply(org.roleatlas.catalog.CatalogDocument.ofRoles("edit", List.of(new Role(cto.slug(), cto.title(),
                cto.abbreviation(), cto.aliases(), cto.familyKey(), cto.summary(), cto.values(), cto.reportsTo(),
                cto.nextRoles(), 7, List.of(), List.of(), Map.of()))));

        Role after = catalog.snapshot().role("cto").orElseThrow();
        assertThat(after.level()).isEqualTo(7);
        assertThat(after.sometimesReportsTo()).isEmpty();
        assertThat(after.dottedLineTo()).isEmpty();
        assertThat(after.variants()).isEmpty();
    }

    @Test
    void aVariantForAnUnknownDimensionOrAManagerOfTwoKindsChangesNothing() {
        Role before = catalog.snapshot().role("cto").orElseThrow();
        String bad = STARTUP_CTO.replace("dottedLineTo: [chief-product-officer]", "dottedLineTo: [cio]")
                .replace("  team-management:\n    \"1-50\"", "  team-spirit:\n    \"1-50\"");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> catalog.apply(CatalogDocuments.read(bad, "cto.yaml")));

        assertThat(thrown).isInstanceOf(CatalogValidationException.class);
        assertThat(thrown.getMessage()).contains("unknown dimension 'team-spirit'")
                .contains("lists 'cio' in both 'dottedLineTo' and 'sometimesReportsTo'");
        assertThat(catalog.snapshot().role("cto").orElseThrow()).isEqualTo(before);
    }
}
