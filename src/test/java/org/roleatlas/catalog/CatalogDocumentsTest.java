package org.roleatlas.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reading catalogue files (docs/CATALOG-FORMAT.md) and checking them against a catalogue, with file and line. */
class CatalogDocumentsTest {

    private static final String FULL_ROLE = """
            slug: cto
            title: Chief Technology Officer
            abbreviation: CTO
            aliases:
              - Chief Technical Officer
              - Technical Co-founder
            family: executive
            summary: Owns the company's technology direction.
            reportsTo: [ceo]
            nextRoles:
              - ceo
              - cio
            values:
              primary-role: Senior technology executive.
              reporting-relationship: Reports to the CEO.
            """;

    private static Role only(CatalogDocument document) {
        assertThat(document.roles()).hasSize(1);
        return document.roles().get(0).item();
    }

    private static CatalogFormatException formatProblem(String text, String source) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> CatalogDocuments.read(text, source));
        assertThat(thrown).isInstanceOf(CatalogFormatException.class);
        return (CatalogFormatException) thrown;
    }

    @Nested
    class Reading {

        @Test
        void readsEveryFieldOfARole() {
            CatalogDocument document = CatalogDocuments.read(FULL_ROLE, "cto.yaml");

            assertThat(only(document)).isEqualTo(new Role("cto", "Chief Technology Officer", "CTO",
                    List.of("Chief Technical Officer", "Technical Co-founder"), "executive",
                    "Owns the company's technology direction.",
                    Map.of("primary-role", "Senior technology executive.",
                            "reporting-relationship", "Reports to the CEO."),
                    List.of("ceo"), List.of("ceo", "cio")));
            assertThat(document.families()).isEmpty();
            assertThat(document.frameworks()).isEmpty();
        }

        @Test
        void remembersTheLineOfTheRoleAndOfEachField() {
            Located<Role> located = CatalogDocuments.read(FULL_ROLE, "cto.yaml").roles().get(0);

            assertThat(located.source()).isEqualTo("cto.yaml");
            assertThat(located.where()).isEqualTo("cto.yaml:1");
            assertThat(located.where("family")).isEqualTo("cto.yaml:7");
            assertThat(located.where("aliases.1")).isEqualTo("cto.yaml:6");
            assertThat(located.where("nextRoles.0")).isEqualTo("cto.yaml:11");
            assertThat(located.where("nextRoles.1")).isEqualTo("cto.yaml:12");
            assertThat(located.where("values.reporting-relationship")).isEqualTo("cto.yaml:15");
        }

        @Test
        void optionalFieldsMayBeLeftOut() {
            Role role = only(CatalogDocuments.read("slug: qa\ntitle: QA Engineer\nfamily: engineering\n", "qa.yaml"));

            assertThat(role.abbreviation()).isNull();
            assertThat(role.aliases()).isEmpty();
            assertThat(role.summary()).isEmpty();
            assertThat(role.values()).isEmpty();
            assertThat(role.reportsTo()).isEmpty();
            assertThat(role.nextRoles()).isEmpty();
        }

        @Test
        void readsJsonLikeYamlWithLines() {
            String json = """
                    {
                      "slug": "cto",
                      "title": "Chief Technology Officer",
                      "abbreviation": "CTO",
                      "aliases": ["Chief Technical Officer", "Technical Co-founder"],
                      "family": "executive",
                      "summary": "Owns the company's technology direction.",
                      "reportsTo": ["ceo"],
                      "nextRoles": ["ceo", "cio"],
                      "values": {
                        "primary-role": "Senior technology executive.",
                        "reporting-relationship": "Reports to the CEO."
                      }
                    }
                    """;

            CatalogDocument document = CatalogDocuments.read(json, "cto.json");

            assertThat(only(document)).isEqualTo(only(CatalogDocuments.read(FULL_ROLE, "cto.yaml")));
            assertThat(document.roles().get(0).where("family")).isEqualTo("cto.json:6");
            assertThat(document.roles().get(0).where("values.reporting-relationship")).isEqualTo("cto.json:12");
        }

        @Test
        void readsABundleOfFamiliesFrameworksAndRoles() {
            String bundle = """
                    families:
                      - key: executive
                        label: Executive
                      - key: other
                        label: Other
                    frameworks:
                      - key: default
                        name: Role profile
                        dimensions:
                          - key: primary-role
                            label: Primary Role
                            description: What the role exists to do.
                          - key: team-management
                            label: Team Management
                    roles:
                      - slug: ceo
                        title: Chief Executive Officer
                        family: executive
                      - slug: cto
                        title: Chief Technology Officer
                        family: executive
                        reportsTo: [ceo]
                    """;

            CatalogDocument document = CatalogDocuments.read(bundle, "bundle.yaml");

            assertThat(document.families()).extracting(Located::item)
                    .containsExactly(new Family("executive", "Executive"), new Family("other", "Other"));
            assertThat(document.frameworks()).extracting(Located::item).containsExactly(new Framework("default",
                    "Role profile", "", List.of(new Dimension("primary-role", "Primary Role", "What the role exists to do."),
                            new Dimension("team-management", "Team Management", ""))));
            assertThat(document.roles()).extracting(r -> r.item().slug()).containsExactly("ceo", "cto");
            assertThat(document.roles()).extracting(Located::where).containsExactly("bundle.yaml:16", "bundle.yaml:19");
            assertThat(document.frameworks().get(0).where("dimensions.1")).isEqualTo("bundle.yaml:13");
        }

        @Test
        void readsAFamiliesFileThatIsAPlainList() {
            CatalogDocument document = CatalogDocuments.read("""
                    # Role families
                    - key: executive
                      label: Executive
                    - key: it
                      label: IT
                    """, "families.yaml");

            assertThat(document.families()).extracting(Located::item)
                    .containsExactly(new Family("executive", "Executive"), new Family("it", "IT"));
            assertThat(document.families()).extracting(Located::where).containsExactly("families.yaml:2", "families.yaml:4");
        }

        @Test
        void readsEveryDocumentOfAMultiDocumentFileWithItsOwnLines() {
            String text = """
                    slug: ceo
                    title: Chief Executive Officer
                    family: executive
                    ---
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    ---
                    key: focus
                    name: Focus
                    dimensions:
                      - key: primary-focus
                        label: Primary Focus
                    """;

            CatalogDocument document = CatalogDocuments.read(text, "many.yaml");

            assertThat(document.roles()).extracting(r -> r.item().slug()).containsExactly("ceo", "cto");
            assertThat(document.roles()).extracting(Located::where).containsExactly("many.yaml:1", "many.yaml:5");
            assertThat(document.frameworks()).extracting(f -> f.item().key()).containsExactly("focus");
            assertThat(document.frameworks().get(0).where()).isEqualTo("many.yaml:9");
        }

        @Test
        void valuesCollapseWhitespaceAndNewlinesToSingleSpaces() {
            String text = """
                    slug: cto
                    title: "  Chief   Technology\tOfficer "
                    family: executive
                    summary: >
                      Owns the technology
                      direction.

                      And the board.
                    aliases:
                      - "Chief\\nTechnical    Officer"
                    values:
                      primary-role: |
                        Senior technology
                           executive.
                      team-management: "  Leads\\n\\n  VPs  "
                    """;

            Role role = only(CatalogDocuments.read(text, "cto.yaml"));

            assertThat(role.title()).isEqualTo("Chief Technology Officer");
            assertThat(role.summary()).isEqualTo("Owns the technology direction. And the board.");
            assertThat(role.aliases()).containsExactly("Chief Technical Officer");
            assertThat(role.value("primary-role")).isEqualTo("Senior technology executive.");
            assertThat(role.value("team-management")).isEqualTo("Leads VPs");
        }
    }

    @Nested
    class FormatErrors {

        @Test
        void rejectsBadIndentationAsInvalidYamlNamingFileAndLine() {
            CatalogFormatException e = formatProblem("""
                    slug: cto
                    title: Chief Technology Officer
                      family: executive
                    summary: x
                    """, "cto.yaml");

            assertThat(e.source()).isEqualTo("cto.yaml");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).startsWith("cto.yaml:3: not valid YAML or JSON");
        }

        @Test
        void rejectsUnclosedJsonNamingTheLineWhereItBroke() {
            CatalogFormatException e = formatProblem("""
                    {
                      "slug": "cto",
                      "title": "Chief Technology Officer"
                      "family": "executive"
                    }
                    """, "cto.json");

            assertThat(e.line()).isEqualTo(4);
            assertThat(e.getMessage()).startsWith("cto.json:4: not valid YAML or JSON");
        }

        @Test
        void rejectsUnknownFieldNamingFieldFileAndLine() {
            CatalogFormatException e = formatProblem("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    reportTo: [ceo]
                    """, "roles/cto.yaml");

            assertThat(e.line()).isEqualTo(4);
            assertThat(e.getMessage()).startsWith("roles/cto.yaml:4: unknown field 'reportTo'").contains("reportsTo");
        }

        @Test
        void rejectsUnknownFieldInsideABundleRoleAtItsOwnLine() {
            CatalogFormatException e = formatProblem("""
                    roles:
                      - slug: ceo
                        title: Chief Executive Officer
                        family: executive
                      - slug: cto
                        title: Chief Technology Officer
                        famliy: executive
                    """, "bundle.yaml");

            assertThat(e.line()).isEqualTo(7);
            assertThat(e.reason()).contains("unknown field 'famliy'");
        }

        @Test
        void rejectsUnknownTopLevelFieldOfABundle() {
            CatalogFormatException e = formatProblem("""
                    families: []
                    role:
                      - slug: cto
                    """, "bundle.yaml");

            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).contains("unknown field 'role'");
        }

        @Test
        void rejectsDuplicateKeyAtTheLineOfTheSecondOne() {
            CatalogFormatException e = formatProblem("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    title: CTO
                    """, "cto.yaml");

            assertThat(e.line()).isEqualTo(4);
            assertThat(e.reason()).contains("'title'").contains("twice");
        }

        @Test
        void rejectsDuplicateDimensionValueAtTheLineOfTheSecondOne() {
            CatalogFormatException e = formatProblem("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    values:
                      primary-role: one
                      team-management: two
                      primary-role: three
                    """, "cto.yaml");

            assertThat(e.line()).isEqualTo(7);
            assertThat(e.reason()).contains("'primary-role'").contains("twice");
        }

        @Test
        void rejectsAliasesThatAreNotAList() {
            CatalogFormatException e = formatProblem("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    aliases: Chief Technical Officer
                    """, "cto.yaml");

            assertThat(e.line()).isEqualTo(4);
            assertThat(e.reason()).isEqualTo("'aliases' must be a list");
        }

        @Test
        void rejectsValuesThatAreNotText() {
            CatalogFormatException e = formatProblem("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    values:
                      primary-role:
                        - one
                        - two
                    """, "cto.yaml");

            assertThat(e.line()).isEqualTo(6);
            assertThat(e.reason()).contains("'primary-role'").contains("must be text");
        }

        @Test
        void rejectsSlugWithUpperCase() {
            CatalogFormatException e = formatProblem("slug: CTO\ntitle: Chief Technology Officer\nfamily: executive\n",
                    "cto.yaml");

            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).contains("'slug' must be lower-case").contains("'CTO'");
        }

        @Test
        void rejectsSlugWithSpaces() {
            CatalogFormatException e = formatProblem("""
                    title: Chief Technology Officer
                    slug: chief technology officer
                    family: executive
                    """, "cto.yaml");

            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).contains("'slug' must be lower-case").contains("'chief technology officer'");
        }

        @Test
        void rejectsRoleSlugContainingTheWordVs() {
            CatalogFormatException e = formatProblem("""
                    title: CTO or CIO
                    family: executive
                    slug: cto-vs-cio
                    """, "cto-vs-cio.yaml");

            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("'vs'");
        }

        @Test
        void acceptsRoleSlugsThatMerelyContainTheLettersVs() {
            assertThat(only(CatalogDocuments.read("slug: devs-lead\ntitle: Devs Lead\nfamily: engineering\n", "x.yaml"))
                    .slug()).isEqualTo("devs-lead");
            assertThat(only(CatalogDocuments.read("slug: vsop\ntitle: VSOP\nfamily: other\n", "y.yaml"))
                    .slug()).isEqualTo("vsop");
        }

        @Test
        void rejectsRoleWithoutTitleNamingTheRole() {
            CatalogFormatException e = formatProblem("slug: cto\nfamily: executive\n", "cto.yaml");

            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).isEqualTo("role 'cto' is missing the field 'title'");
        }

        @Test
        void rejectsAnEmptyFile() {
            CatalogFormatException e = formatProblem("", "empty.yaml");

            assertThat(e.getMessage()).isEqualTo("empty.yaml:1: the file is empty");
        }

        @Test
        void rejectsAFileOfOnlyComments() {
            assertThat(formatProblem("# nothing here\n\n", "empty.yaml").reason()).isEqualTo("the file is empty");
        }

        @Test
        void rejectsAMappingThatIsNeitherRoleFrameworkNorBundle() {
            CatalogFormatException e = formatProblem("{}\n", "odd.yaml");

            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).startsWith("expected a role");
        }

        @Test
        void rejectsAFrameworkWithoutDimensions() {
            CatalogFormatException e = formatProblem("key: empty\nname: Empty\ndimensions: []\n", "empty.yaml");

            assertThat(e.reason()).isEqualTo("framework 'empty' has no dimensions");
        }
    }

    @Nested
    class Rules {

        private final CatalogSnapshot catalogue = new CatalogSnapshot(7,
                List.of(new Family("executive", "Executive"), new Family("engineering", "Software engineering")),
                List.of(new Framework("default", "Role profile", "",
                        List.of(new Dimension("primary-role", "Primary Role", ""),
                                new Dimension("team-management", "Team Management", "")))),
                List.of(new Dimension("primary-role", "Primary Role", ""),
                        new Dimension("team-management", "Team Management", "")),
                List.of(new Role("ceo", "Chief Executive Officer", "CEO", List.of(), "executive", "Runs the company.",
                        Map.of("primary-role", "Runs the company."), List.of(), List.of())));

        private List<String> check(String text, String source) {
            return CatalogRules.check(catalogue, CatalogDocuments.read(text, source));
        }

        @Test
        void acceptsAValidRoleLinkedToAnExistingOne() {
            assertThat(check("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    reportsTo: [ceo]
                    nextRoles: [ceo]
                    values:
                      primary-role: Leads technology.
                      team-management: Leads VPs.
                    """, "cto.yaml")).isEmpty();
        }

        @Test
        void acceptsLinksToRolesDefinedInTheSameChange() {
            assertThat(check("""
                    - slug: cto
                      title: Chief Technology Officer
                      family: executive
                      nextRoles: [vpe]
                    - slug: vpe
                      title: VP of Engineering
                      family: executive
                      reportsTo: [cto]
                    """, "two.yaml")).isEmpty();
        }

        @Test
        void reportsUnknownDimensionAtTheLineOfThatValue() {
            List<String> problems = check("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    values:
                      primary-role: Leads technology.
                      team-managment: Leads VPs.
                    """, "roles/cto.yaml");

            assertThat(problems).singleElement().asString()
                    .startsWith("roles/cto.yaml:6: ")
                    .contains("unknown dimension 'team-managment'")
                    .contains("team-management");
        }

        @Test
        void acceptsADimensionIntroducedByAFrameworkInTheSameChange() {
            assertThat(check("""
                    frameworks:
                      - key: focus
                        name: Focus
                        dimensions:
                          - key: stakeholders
                            label: Stakeholders
                    roles:
                      - slug: cto
                        title: Chief Technology Officer
                        family: executive
                        values:
                          stakeholders: The board.
                    """, "bundle.yaml")).isEmpty();
        }

        @Test
        void reportsDanglingReportsToLinkAtTheLineOfThatListEntry() {
            List<String> problems = check("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    reportsTo:
                      - ceo
                      - coo
                    """, "cto.yaml");

            assertThat(problems).singleElement().asString()
                    .startsWith("cto.yaml:6: ")
                    .contains("'reportsTo'")
                    .contains("unknown role 'coo'");
        }

        @Test
        void reportsDanglingNextRolesLinkAtTheLineOfThatListEntry() {
            List<String> problems = check("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    nextRoles:
                      - ceo
                      - chief-wizard
                    """, "cto.yaml");

            assertThat(problems).singleElement().asString()
                    .startsWith("cto.yaml:6: ")
                    .contains("'nextRoles'")
                    .contains("unknown role 'chief-wizard'");
        }

        @Test
        void reportsDuplicateSlugAcrossTwoDocumentsNamingBothLocations() {
            CatalogDocument first = CatalogDocuments.read("""
                    # the CTO
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    """, "a.yaml");
            CatalogDocument second = CatalogDocuments.read("""
                    slug: ceo
                    title: Chief Executive Officer
                    family: executive
                    ---
                    slug: cto
                    title: CTO again
                    family: executive
                    """, "b.yaml");

            List<String> problems = CatalogRules.check(catalogue, CatalogDocument.merge(List.of(first, second)));

            assertThat(problems).singleElement().asString()
                    .startsWith("b.yaml:5: ")
                    .contains("duplicate role slug 'cto'")
                    .contains("a.yaml:2");
        }

        @Test
        void reportsUnknownFamilyAtItsLineListingTheKnownOnes() {
            List<String> problems = check("""
                    slug: cto
                    title: Chief Technology Officer
                    summary: Leads technology.
                    family: exec
                    """, "cto.yaml");

            assertThat(problems).singleElement().asString()
                    .startsWith("cto.yaml:4: ")
                    .contains("unknown family 'exec'")
                    .contains("engineering, executive");
        }

        @Test
        void acceptsAFamilyDefinedInTheSameChange() {
            assertThat(check("""
                    families:
                      - key: board
                        label: Board
                    roles:
                      - slug: chair
                        title: Chair of the Board
                        family: board
                    """, "bundle.yaml")).isEmpty();
        }

        @Test
        void reportsASelfLinkAtTheLineOfThatEntry() {
            List<String> problems = check("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    reportsTo: [ceo]
                    nextRoles:
                      - cto
                    """, "cto.yaml");

            assertThat(problems).singleElement().asString()
                    .startsWith("cto.yaml:6: ")
                    .contains("links to itself in 'nextRoles'");
        }

        @Test
        void reportsATooLongSummaryWithItsLengthAndTheLimit() {
            String summary = "x".repeat(CatalogRules.MAX_SUMMARY + 1);
            List<String> problems = check("""
                    slug: cto
                    title: Chief Technology Officer
                    family: executive
                    summary: %s
                    """.formatted(summary), "cto.yaml");

            assertThat(problems).singleElement().asString()
                    .startsWith("cto.yaml:4: ")
                    .contains("'summary' is 1001 characters; the limit is 1000");
        }

        @Test
        void acceptsASummaryOfExactlyTheLimit() {
            assertThat(check("slug: cto\ntitle: CTO\nfamily: executive\nsummary: " + "x".repeat(CatalogRules.MAX_SUMMARY)
                    + "\n", "cto.yaml")).isEmpty();
        }

        @Test
        void reportsEveryProblemAtOnce() {
            List<String> problems = check("""
                    slug: cto
                    title: Chief Technology Officer
                    family: exec
                    reportsTo: [coo]
                    values:
                      nonsense: x
                    """, "cto.yaml");

            assertThat(problems).hasSize(3)
                    .anySatisfy(p -> assertThat(p).startsWith("cto.yaml:3: "))
                    .anySatisfy(p -> assertThat(p).startsWith("cto.yaml:4: "))
                    .anySatisfy(p -> assertThat(p).startsWith("cto.yaml:6: "));
        }
    }

    @Test
    void aNullTitleCountsAsMissingNamingItsLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CatalogDocuments.read("slug: x\ntitle: ~\nfamily: it\n", "null.yaml"))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessage("null.yaml:2: role 'x' is missing the field 'title'");
    }

    @Nested
    class Structure {

        private static final String STRUCTURED = """
                slug: engineering-manager
                title: Engineering Manager
                family: engineering-management
                level: 4
                reportsTo: [director-of-engineering]
                sometimesReportsTo: [cto]
                dottedLineTo: [principal-engineer]
                nextRoles: [senior-engineering-manager]
                values:
                  team-management: Manages five to ten engineers.
                variants:
                  team-management:
                    "1-50": Manages every engineer the company has.
                    "10001+": Manages one team among hundreds.
                """;

        @Test
        void readsLevelLinkKindsAndVariantsWithTheirLines() {
            Located<Role> located = CatalogDocuments.read(STRUCTURED, "em.yaml").roles().get(0);
            Role role = located.item();

            assertThat(role.level()).isEqualTo(4);
            assertThat(role.reportsTo()).containsExactly("director-of-engineering");
            assertThat(role.sometimesReportsTo()).containsExactly("cto");
            assertThat(role.dottedLineTo()).containsExactly("principal-engineer");
            assertThat(role.allManagers()).containsExactly("director-of-engineering", "cto", "principal-engineer");
            assertThat(role.value("team-management", SizeBand.STARTUP)).isEqualTo("Manages every engineer the company has.");
            assertThat(role.value("team-management", SizeBand.SCALE_UP)).isEqualTo("Manages five to ten engineers.");
            assertThat(role.value("team-management", null)).isEqualTo("Manages five to ten engineers.");
            assertThat(located.where("variants.team-management.10001+")).isEqualTo("em.yaml:14");
        }

        @Test
        void aRoleWithoutTheNewFieldsHasNoLevelAndNoVariants() {
            Role role = only(CatalogDocuments.read(FULL_ROLE, "cto.yaml"));

            assertThat(role.level()).isZero();
            assertThat(role.sometimesReportsTo()).isEmpty();
            assertThat(role.dottedLineTo()).isEmpty();
            assertThat(role.variants()).isEmpty();
        }

        @Test
        void rejectsALevelOffTheLadderNamingItsLine() {
            CatalogFormatException e = formatProblem(STRUCTURED.replace("level: 4", "level: 9"), "em.yaml");

            assertThat(e.line()).isEqualTo(4);
            assertThat(e.getMessage()).contains("'level' must be a whole number from 1 to 8, got '9'");
            assertThat(formatProblem(STRUCTURED.replace("level: 4", "level: senior"), "em.yaml").getMessage())
                    .contains("got 'senior'");
        }

        @Test
        void rejectsAnUnknownCompanySizeListingTheKnownOnes() {
            CatalogFormatException e = formatProblem(STRUCTURED.replace("\"10001+\"", "\"huge\""), "em.yaml");

            assertThat(e.line()).isEqualTo(14);
            assertThat(e.getMessage()).contains("unknown company size 'huge'").contains("1-50, 51-200, 201-1000, 1001-10000, 10001+");
        }

        @Test
        void sizeBandsCoverEveryCompanySizeWithoutGaps() {
            assertThat(SizeBand.ofEmployees(1)).isEqualTo(SizeBand.STARTUP);
            assertThat(SizeBand.ofEmployees(50)).isEqualTo(SizeBand.STARTUP);
            assertThat(SizeBand.ofEmployees(51)).isEqualTo(SizeBand.SCALE_UP);
            assertThat(SizeBand.ofEmployees(1000)).isEqualTo(SizeBand.MID_SIZE);
            assertThat(SizeBand.ofEmployees(10000)).isEqualTo(SizeBand.LARGE);
            assertThat(SizeBand.ofEmployees(10001)).isEqualTo(SizeBand.ENTERPRISE);
            assertThat(SizeBand.fromKey(" 201-1000 ")).contains(SizeBand.MID_SIZE);
            assertThat(SizeBand.fromKey("201-500")).isEmpty();
        }
    }
}
