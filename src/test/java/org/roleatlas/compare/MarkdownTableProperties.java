package org.roleatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class MarkdownTableProperties {

    @Property(tries = 1000)
    void parsingWrittenTableGivesNormalisedCells(@ForAll("tables") MarkdownTable table) {
        MarkdownTable parsed = MarkdownTable.parse(table.toMarkdown(), "generated.md");

        assertThat(parsed.header()).isEqualTo(normalised(table.header()));
        assertThat(parsed.rows()).hasSameSizeAs(table.rows());
        for (int i = 0; i < table.rows().size(); i++) {
            assertThat(parsed.rows().get(i).cells()).isEqualTo(normalised(table.rows().get(i).cells()));
            // Header is line 1, delimiter line 2, so body row i sits on line i + 3.
            assertThat(parsed.rows().get(i).line()).isEqualTo(i + 3);
        }
    }

    @Property(tries = 1000)
    void writingIsIdempotentAfterOneRoundTrip(@ForAll("tables") MarkdownTable table) {
        String written = table.toMarkdown();

        String rewritten = MarkdownTable.parse(written, "generated.md").toMarkdown();

        assertThat(rewritten).isEqualTo(written);
    }

    /** What the writer promises to preserve: one line, trimmed (same whitespace notion as String.strip). */
    private static List<String> normalised(List<String> cells) {
        return cells.stream().map(c -> c.replaceAll("\r\n|[\r\n\u2028\u2029]", " ").strip()).toList();
    }

    @Provide
    Arbitrary<MarkdownTable> tables() {
        // No flatMap on the column count: jqwik shrinks flatMapped values very slowly, so rows are
        // generated 6 cells wide and cut to the header's width instead.
        Arbitrary<List<String>> header = cell().list().ofMinSize(2).ofMaxSize(6);
        Arbitrary<List<List<String>>> rows = cell().list().ofSize(6).list().ofMaxSize(12);
        return Combinators.combine(header, rows).as((h, rs) -> new MarkdownTable(h,
                rs.stream().map(r -> new MarkdownTable.Row(0, r.subList(0, h.size()))).toList()));
    }

    private static Arbitrary<String> cell() {
        // Biased towards characters that are meaningful to the table syntax, plus arbitrary unicode.
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars('|', '\\', '-', ':', ' ', '\t', '\r', '\n', '\u2028', '\u2029', '`', 'é', '中', '→')
                .withCharRange('a', 'c')
                .ofMaxLength(12);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(10);
        Arbitrary<String> delimiterLike = Arbitraries.of("---", ":-:", "-", ":--", "--:", "", " ", "\\", "\\|");
        return Arbitraries.frequencyOf(Tuple.of(6, tricky), Tuple.of(3, anything), Tuple.of(1, delimiterLike));
    }
}
