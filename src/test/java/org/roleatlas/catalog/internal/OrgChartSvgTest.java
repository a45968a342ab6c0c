package org.roleatlas.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Family;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.ReportingLines;
import org.roleatlas.catalog.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OrgChartSvgTest {

    static final CatalogSnapshot SHIPPED = shipped();

    private static CatalogSnapshot shipped() {
        ShippedCatalog catalog = ShippedCatalog.fromClasspath();
        List<Framework> frameworks = catalog.document().frameworks().stream().map(Located::item).toList();
        return new CatalogSnapshot(1, catalog.document().families().stream().map(Located::item).toList(), frameworks,
                frameworks.stream().flatMap(f -> f.dimensions().stream()).distinct().toList(),
                catalog.document().roles().stream().map(Located::item).toList());
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Role boxes by slug: the {@code <a>} elements with an id {@code chart-<slug>}. */
    static Map<String, Element> boxes(Document svg) {
        Map<String, Element> boxes = new HashMap<>();
        NodeList links = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        for (int i = 0; i < links.getLength(); i++) {
            Element a = (Element) links.item(i);
            Element previous = boxes.put(a.getAttribute("id").substring("chart-".length()), a);
            assertThat(previous).as("a role drawn twice: " + a.getAttribute("id")).isNull();
        }
        return boxes;
    }

    static List<Element> highlightedEdges(Document svg) {
        List<Element> edges = new ArrayList<>();
        NodeList lines = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (line.getAttribute("class").equals("highlighted")) {
                edges.add(line);
            }
        }
        return edges;
    }

    @Test
    void theWholeChartIsWellFormedSvgWithEveryShippedRoleAsALinkedBox() throws Exception {
        Document svg = parse(OrgCharts.whole(SHIPPED, null, ""));
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .isEqualTo("Organisation chart");
        Map<String, Element> boxes = boxes(svg);
        assertThat(boxes.keySet()).containsExactlyInAnyOrderElementsOf(SHIPPED.roles().stream().map(Role::slug).toList());
        for (Role role : SHIPPED.roles()) {
            Element a = boxes.get(role.slug());
            assertThat(a.getAttribute("href")).isEqualTo("/roles/" + role.slug());
            assertThat(a.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                    .startsWith(role.displayName());
        }
        assertThat(highlightedEdges(svg)).isEmpty();
        assertThat(root.getAttribute("class")).isEqualTo("org-chart-svg");
    }

    @Test
    void noTwoBoxesOverlapAndEveryBoxLiesInsideTheDrawing() throws Exception {
        Document svg = parse(OrgCharts.whole(SHIPPED, null, ""));
        double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));
        double height = Double.parseDouble(svg.getDocumentElement().getAttribute("height"));
        List<double[]> rects = new ArrayList<>();
        for (Element a : boxes(svg).values()) {
            Element rect = (Element) a.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(0);
            double[] r = {Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
                    Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height"))};
            assertThat(r[0]).isGreaterThanOrEqualTo(0);
            assertThat(r[1]).isGreaterThanOrEqualTo(0);
            assertThat(r[0] + r[2]).isLessThanOrEqualTo(width);
            assertThat(r[1] + r[3]).isLessThanOrEqualTo(height);
            for (double[] other : rects) {
                boolean apart = r[0] + r[2] <= other[0] || other[0] + other[2] <= r[0]
                        || r[1] + r[3] <= other[1] || other[1] + other[3] <= r[1];
                assertThat(apart).as("boxes at %s,%s and %s,%s overlap", r[0], r[1], other[0], other[1]).isTrue();
            }
            rects.add(r);
        }
    }

    @Test
    void aRolesReportingLineIsMarkedManagersUpToTheTopAndItsDirectReports() throws Exception {
        Role em = SHIPPED.role("engineering-manager").orElseThrow();
        Document svg = parse(OrgCharts.whole(SHIPPED, em, ""));
        Map<String, Element> boxes = boxes(svg);
        List<String> managers = new ReportingLines(SHIPPED).chainUp(em).stream().skip(1).map(Role::slug).toList();
        Set<String> reports = new HashSet<>(SHIPPED.reportedBy(em.slug()).stream().map(Role::slug).toList());
        assertThat(managers).contains("ceo");
        assertThat(reports).isNotEmpty();
        for (Map.Entry<String, Element> box : boxes.entrySet()) {
            String expected = box.getKey().equals(em.slug()) ? "role focus"
                    : managers.contains(box.getKey()) ? "role manager"
                    : reports.contains(box.getKey()) ? "role report" : "role";
            assertThat(box.getValue().getAttribute("class")).as(box.getKey()).isEqualTo(expected);
        }
        List<String> chain = new ArrayList<>(new ReportingLines(SHIPPED).chainUp(em).stream().map(Role::slug).toList());
        Set<String> expectedEdges = new HashSet<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            expectedEdges.add(chain.get(i + 1) + ">" + chain.get(i));
        }
        SHIPPED.reportedBy(em.slug()).stream().filter(r -> r.reportsTo().get(0).equals(em.slug()))
                .forEach(r -> expectedEdges.add(em.slug() + ">" + r.slug()));
        assertThat(highlightedEdges(svg)).extracting(e -> e.getAttribute("data-from") + ">" + e.getAttribute("data-to"))
                .containsExactlyInAnyOrderElementsOf(expectedEdges);
    }

    @Test
    void theRolePagesChartHoldsOnlyTheReportingLineAndTheDirectReports() throws Exception {
        Role em = SHIPPED.role("engineering-manager").orElseThrow();
        Document svg = parse(OrgCharts.reportingLine(SHIPPED, em));
        Set<String> expected = new HashSet<>(new ReportingLines(SHIPPED).chainUp(em).stream().map(Role::slug).toList());
        SHIPPED.reportedBy(em.slug()).forEach(r -> expected.add(r.slug()));
        assertThat(boxes(svg).keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(boxes(svg).get("ceo").getAttribute("class")).isEqualTo("role manager");
        assertThat(highlightedEdges(svg)).hasSize(expected.size() - 1);
    }

    @Test
    void namesThatLookLikeMarkupStayTextAndTheDocumentStillParses() throws Exception {
        Role hostile = new Role("hostile", "Head of <script>alert(1)</script> & \"Quotes\" \u0001", "H&S", List.of(),
                "f", "", Map.of(), List.of(), List.of());
        Role report = new Role("report", "Reporter", null, List.of(), "f", "", Map.of(), List.of("hostile"), List.of());
        CatalogSnapshot snapshot = new CatalogSnapshot(1, List.of(new Family("f", "F")), List.of(), List.of(),
                List.of(hostile, report));
        String text = OrgCharts.whole(snapshot, report, "https://roles.example.com");
        assertThat(text).doesNotContain("<script>");
        Document svg = parse(text);
        assertThat(boxes(svg).get("hostile").getTextContent()).contains("<script>");
        assertThat(boxes(svg).get("report").getAttribute("href")).isEqualTo("https://roles.example.com/roles/report");
    }

    @Test
    void longTitlesWrapOnTwoLinesAndShortOnesShowTheirAbbreviation() {
        Role longTitle = new Role("x", "Chief Information Security Officer for Regulated Industries", "CISO", List.of(),
                "f", "", Map.of(), List.of(), List.of());
        assertThat(OrgChartSvg.label(longTitle)).hasSize(2).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(26));
        assertThat(OrgChartSvg.label(longTitle).get(1)).endsWith("…");
        Role cto = SHIPPED.role("cto").orElseThrow();
        assertThat(OrgChartSvg.label(cto)).containsExactly("Chief Technology Officer", "CTO");
    }
}
