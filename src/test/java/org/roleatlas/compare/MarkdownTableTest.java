package org.roleatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    private static final String SEED = "002_cbaed4fd278a71e4.txt";

    private static Path seedFile() {
        Path seed = Path.of(System.getProperty("user.dir")).resolveSibling("shared").resolve("seeds").resolve(SEED);
        if (!Files.isRegularFile(seed)) {
            throw new IllegalStateException("seed file missing: " + seed.toAbsolutePath());
        }
        return seed;
    }

    @Test
    void parsesSeedComparison() throws IOException {
        String text = Files.readString(seedFile(), StandardCharsets.UTF_8);

        MarkdownTable table = MarkdownTable.parse(text, SEED);

        assertThat(table.header()).containsExactly("Dimension", "Chief Technology Officer (CTO)",
                "Director of Engineering", "MLOps Engineer");
        assertThat(table.rows()).hasSize(10);
        assertThat(table.rows().get(0).cells().get(0)).isEqualTo("Primary Role");
        assertThat(table.rows().get(0).cells().get(3)).startsWith("Manages the lifecycle").endsWith("in production");
        assertThat(table.rows().get(9).cells()).containsExactly("Professional Development", "→ CEO",
                "→ VP of Engineering",
                "Develops expertise in ML infrastructure, model deployment, and production ML systems; "
                        + "path to Senior MLOps, ML Platform Lead, or Head of ML Engineering");
        // Header on line 12, delimiter on 13, body rows on 14..23.
        assertThat(table.rows()).extracting(MarkdownTable.Row::line)
                .containsExactlyElementsOf(IntStream.rangeClosed(14, 23).boxed().toList());
    }

    @Test
    void writesSeedTableExactlyAsInTheSeedFile() throws IOException {
        List<String> lines = Files.readAllLines(seedFile(), StandardCharsets.UTF_8);
        String expected = lines.stream().filter(l -> l.startsWith("|"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(expected.lines()).hasSize(12);

        MarkdownTable table = MarkdownTable.parse(String.join("\n", lines), SEED);

        assertThat(table.toMarkdown()).isEqualTo(expected);
    }

    @Test
    void outerPipesAndDelimiterRowAreOptional() {
        String text = """
                Some prose first.
                Aspect | A | B |
                Scope | team | org |
                Budget | none | some
                Trailing prose.
                """;

        MarkdownTable table = MarkdownTable.parse(text, "loose.md");

        assertThat(table.header()).containsExactly("Aspect", "A", "B");
        assertThat(table.rows()).containsExactly(
                new MarkdownTable.Row(3, List.of("Scope", "team", "org")),
                new MarkdownTable.Row(4, List.of("Budget", "none", "some")));
    }

    @Test
    void acceptsAlignedDelimiterRowAndEmptyCells() {
        MarkdownTable table = MarkdownTable.parse("| a | b | c |\n|:--|:-:|--:|\n|  | x |  |\n", "t.md");

        assertThat(table.rows()).containsExactly(new MarkdownTable.Row(3, List.of("", "x", "")));
    }

    @Test
    void rejectsRaggedRowNamingSourceAndLine() {
        String text = "intro\n\n| A | B | C | D |\n|---|---|---|---|\n| 1 | 2 | 3 | 4 |\n| 1 | 2 | 3 |\n";

        assertThatThrownBy(() -> MarkdownTable.parse(text, "seed.md"))
                .isInstanceOfSatisfying(MarkdownTableException.class, e -> {
                    assertThat(e.source()).isEqualTo("seed.md");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.reason()).isEqualTo("row has 3 cells but the header has 4");
                })
                .hasMessage("seed.md:6: row has 3 cells but the header has 4");
    }

    @Test
    void rejectsDelimiterRowWithWrongCellCount() {
        assertThatThrownBy(() -> MarkdownTable.parse("| A | B | C |\n|---|---|\n| 1 | 2 | 3 |\n", "d.md"))
                .isInstanceOf(MarkdownTableException.class)
                .hasMessage("d.md:2: delimiter row has 2 cells but the header has 3");
    }

    @Test
    void rejectsSingleColumnHeader() {
        assertThatThrownBy(() -> MarkdownTable.parse("text\n| only |\n|---|\n", "one.md"))
                .isInstanceOfSatisfying(MarkdownTableException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void rejectsTextWithoutTable() {
        assertThatThrownBy(() -> MarkdownTable.parseAll("just prose\nan escaped \\| pipe is no table\n", "none.md"))
                .isInstanceOf(MarkdownTableException.class)
                .hasMessage("none.md:1: no Markdown table found");
        assertThatThrownBy(() -> MarkdownTable.parse("", "empty.md"))
                .isInstanceOf(MarkdownTableException.class);
    }

    @Test
    void unescapesPipesAndBackslashes() {
        String text = "| Expr | Meaning |\n|---|---|\n| a \\| b | back\\\\slash \\n and C:\\dir |\n";

        MarkdownTable table = MarkdownTable.parse(text, "esc.md");

        assertThat(table.rows().get(0).cells()).containsExactly("a | b", "back\\slash \\n and C:\\dir");
        assertThat(table.toMarkdown()).isEqualTo(
                "| Expr | Meaning |\n|---|---|\n| a \\| b | back\\\\slash \\\\n and C:\\\\dir |\n");
    }

    @Test
    void escapedPipeAtLineEndIsPartOfTheCell() {
        MarkdownTable table = MarkdownTable.parse("| A | B |\n| x | y \\|\n", "end.md");

        assertThat(table.rows().get(0).cells()).containsExactly("x", "y |");
    }

    @Test
    void handlesCrLf() {
        String text = "Intro\r\n| A | B |\r\n|---|---|\r\n| 1 | 2 |\r\n| 3 | 4 |\r\n\r\nOutro\r\n";

        MarkdownTable table = MarkdownTable.parse(text, "crlf.md");

        assertThat(table.header()).containsExactly("A", "B");
        assertThat(table.rows()).containsExactly(
                new MarkdownTable.Row(4, List.of("1", "2")),
                new MarkdownTable.Row(5, List.of("3", "4")));
    }

    private static final String TWO_TABLES = """
            # Roles
            | A | B |
            |---|---|
            | 1 | 2 |

            Between the tables.
            | X | Y | Z |
            | 7 | 8 | 9 |
            """;

    @Test
    void parseAllFindsEveryTable() {
        List<MarkdownTable> tables = MarkdownTable.parseAll(TWO_TABLES, "two.md");

        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).header()).containsExactly("A", "B");
        assertThat(tables.get(0).rows()).containsExactly(new MarkdownTable.Row(4, List.of("1", "2")));
        assertThat(tables.get(1).header()).containsExactly("X", "Y", "Z");
        assertThat(tables.get(1).rows()).containsExactly(new MarkdownTable.Row(8, List.of("7", "8", "9")));
    }

    @Test
    void parseRejectsASecondTable() {
        assertThatThrownBy(() -> MarkdownTable.parse(TWO_TABLES, "two.md"))
                .isInstanceOfSatisfying(MarkdownTableException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.getMessage()).startsWith("two.md:7: ");
                });
    }

    @Test
    void writesEscapedSingleLineCells() {
        MarkdownTable table = new MarkdownTable(List.of("Key", "Value"),
                List.of(new MarkdownTable.Row(0, List.of(" multi\r\nline\u2028text ", "")),
                        new MarkdownTable.Row(0, List.of("a|b", "c\\d"))));

        assertThat(table.toMarkdown()).isEqualTo("""
                | Key | Value |
                |---|---|
                | multi line text |  |
                | a\\|b | c\\\\d |
                """);
    }

    @Test
    void constructorValidatesShapeAndCopies() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MarkdownTable(List.of("only"), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new MarkdownTable(List.of("a", "b"),
                List.of(new MarkdownTable.Row(0, List.of("1", "2", "3")))));

        List<String> header = new java.util.ArrayList<>(List.of("a", "b"));
        MarkdownTable table = new MarkdownTable(header, List.of());
        header.add("c");
        assertThat(table.header()).containsExactly("a", "b");
        assertThatThrownBy(() -> table.header().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void htmlAndLinksInCellsAreWrittenAsTextAndReadBackUnchanged() {
        List<String> cells = List.of("<script>alert(1)</script>", "[Click](javascript:alert(1))", "R&D, P&L",
                "&lt; stays &amp;lt;", "\\[x\\]");
        MarkdownTable table = new MarkdownTable(List.of("Dimension", "A", "B", "C", "D"),
                List.of(new MarkdownTable.Row(0, cells)));

        String markdown = table.toMarkdown();

        assertThat(markdown.lines().toList().get(2)).isEqualTo("| &lt;script>alert(1)&lt;/script> "
                + "| \\[Click\\](javascript:alert(1)) | R&D, P&L | &amp;lt; stays &amp;amp;lt; | \\\\\\[x\\\\\\] |");
        assertThat(MarkdownTable.parse(markdown, "x.md").rows().get(0).cells()).isEqualTo(cells);
    }
}
