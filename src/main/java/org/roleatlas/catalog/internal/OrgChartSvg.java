package org.roleatlas.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.roleatlas.catalog.ReportingLines.Node;
import org.roleatlas.catalog.Role;

/**
 * Draws reporting trees as an SVG document on the server, so the chart needs no JavaScript and can be downloaded.
 * Each role is a box that links to its page; a role whose reports are all leaves gets them hanging below it in a
 * column, other reports spread side by side (leaves among them gathered in one column), which keeps a catalogue of a
 * hundred roles a few thousand pixels wide rather than tens of thousands. Colours are presentation attributes, not
 * CSS, so the file looks the same on its own, inline in a page, and under a strict content security policy.
 */
final class OrgChartSvg {

    /** A role's reporting line to draw out: its managers up to the top, itself, and the roles that report to it. */
    record Highlight(String focus, Set<String> managers, Set<String> reports) {

        static final Highlight NONE = new Highlight(null, Set.of(), Set.of());

        Highlight {
            managers = Set.copyOf(managers);
            reports = Set.copyOf(reports);
        }

        String classOf(String slug) {
            if (slug.equals(focus)) {
                return "focus";
            }
            if (managers.contains(slug)) {
                return "manager";
            }
            return reports.contains(slug) ? "report" : null;
        }

        boolean edge(String parent, String child) {
            boolean upper = parent.equals(focus) || managers.contains(parent);
            return (upper && (child.equals(focus) || managers.contains(child)))
                    || (parent.equals(focus) && reports.contains(child));
        }
    }

    static final int BOX_WIDTH = 196;
    static final int BOX_HEIGHT = 46;
    private static final int GAP_X = 16;
    private static final int GAP_Y = 36;
    private static final int INDENT = 22;
    private static final int STACK = 10;
    private static final int MARGIN = 16;
    private static final int CHARS_PER_LINE = 26;

    private static final String INK = "#1d2330";
    private static final String MUTED = "#5b6475";
    private static final String LINE = "#b9c1ce";
    private static final String BOX = "#f4f6fa";
    private static final String ACCENT = "#2456c7";
    private static final String ACCENT_SOFT = "#dfe8fb";
    private static final String REPORT_SOFT = "#f7f3e3";
    private static final String REPORT_LINE = "#a08a2c";

    private enum Kind { LEAF, HANGING, SPREAD }

    /** A subtree measured before it is placed: its size, and where its root's top connector sits. */
    private record Shape(Node node, Kind kind, double width, double height, double rootX, List<Column> columns) {
    }

    /** Below a spread node: one subtree, or a stack of leaves. */
    private record Column(Shape subtree, List<Node> leaves, double width, double height, double connectX) {
    }

    private record Box(Role role, double x, double y, List<Role> alsoReportsTo) {
    }

    private record Edge(String parent, String child, List<double[]> points) {
    }

    private final Highlight highlight;
    private final String linkBase;
    private final List<Box> boxes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    private OrgChartSvg(Highlight highlight, String linkBase) {
        this.highlight = highlight;
        this.linkBase = linkBase == null ? "" : linkBase;
    }

    /**
     * @param roots    the trees to draw side by side
     * @param title    the document's accessible name
     * @param linkBase prefix for role links: empty for links within the site, the public address for a download
     */
    static String render(List<Node> roots, String title, String description, Highlight highlight, String linkBase) {
        return new OrgChartSvg(highlight, linkBase).draw(roots, title, description);
    }

    private String draw(List<Node> roots, String title, String description) {
        double x = MARGIN;
        double height = 0;
        for (Node root : roots) {
            Shape shape = measure(root);
            place(shape, x, MARGIN);
            x += shape.width() + 2 * GAP_X;
            height = Math.max(height, shape.height());
        }
        double width = Math.max(BOX_WIDTH + 2 * MARGIN, x - 2 * GAP_X + MARGIN);
        height += 2 * MARGIN;
        StringBuilder svg = new StringBuilder(256 * (boxes.size() + 4));
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"org-chart-svg\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" aria-labelledby=\"org-chart-title org-chart-desc\" font-family=\"")
                .append("system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif\">\n");
        svg.append("<title id=\"org-chart-title\">").append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"org-chart-desc\">").append(escape(description)).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<g class=\"edges\" fill=\"none\">\n");
        edges.stream().filter(e -> !highlight.edge(e.parent(), e.child())).forEach(e -> edge(svg, e, false));
        edges.stream().filter(e -> highlight.edge(e.parent(), e.child())).forEach(e -> edge(svg, e, true));
        svg.append("</g>\n<g class=\"roles\">\n");
        boxes.forEach(box -> box(svg, box));
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static Shape measure(Node node) {
        List<Node> reports = node.reports();
        if (reports.isEmpty()) {
            return new Shape(node, Kind.LEAF, BOX_WIDTH, BOX_HEIGHT, BOX_WIDTH / 2.0, List.of());
        }
        if (reports.stream().allMatch(r -> r.reports().isEmpty())) {
            return new Shape(node, Kind.HANGING, INDENT + BOX_WIDTH, BOX_HEIGHT + reports.size() * (STACK + BOX_HEIGHT),
                    BOX_WIDTH / 2.0, List.of());
        }
        List<Column> columns = new ArrayList<>();
        List<Node> leaves = reports.stream().filter(r -> r.reports().isEmpty()).toList();
        if (!leaves.isEmpty()) {
            columns.add(new Column(null, leaves, INDENT + BOX_WIDTH,
                    leaves.size() * (BOX_HEIGHT + STACK) - STACK, INDENT / 2.0));
        }
        for (Node report : reports) {
            if (!report.reports().isEmpty()) {
                Shape shape = measure(report);
                columns.add(new Column(shape, List.of(), shape.width(), shape.height(), shape.rootX()));
            }
        }
        double span = columns.stream().mapToDouble(Column::width).sum() + GAP_X * (columns.size() - 1);
        double width = Math.max(BOX_WIDTH, span);
        double offset = (width - span) / 2;
        double first = offset + columns.get(0).connectX();
        double last = offset + span - columns.get(columns.size() - 1).width() + columns.get(columns.size() - 1).connectX();
        double rootX = Math.min(Math.max((first + last) / 2, BOX_WIDTH / 2.0), width - BOX_WIDTH / 2.0);
        double height = BOX_HEIGHT + GAP_Y + columns.stream().mapToDouble(Column::height).max().orElse(0);
        return new Shape(node, Kind.SPREAD, width, height, rootX, columns);
    }

    private void place(Shape shape, double x, double y) {
        Node node = shape.node();
        double rootLeft = x + shape.rootX() - BOX_WIDTH / 2.0;
        boxes.add(new Box(node.role(), rootLeft, y, node.alsoReportsTo()));
        String parent = node.role().slug();
        double bottom = y + BOX_HEIGHT;
        switch (shape.kind()) {
            case LEAF -> {
            }
            case HANGING -> {
                double lineX = x + INDENT / 2.0;
                for (int i = 0; i < node.reports().size(); i++) {
                    Node leaf = node.reports().get(i);
                    double top = bottom + STACK + i * (STACK + BOX_HEIGHT);
                    boxes.add(new Box(leaf.role(), x + INDENT, top, leaf.alsoReportsTo()));
                    double middle = top + BOX_HEIGHT / 2.0;
                    edges.add(new Edge(parent, leaf.role().slug(),
                            List.of(p(lineX, bottom), p(lineX, middle), p(x + INDENT, middle))));
                }
            }
            case SPREAD -> {
                double span = shape.columns().stream().mapToDouble(Column::width).sum()
                        + GAP_X * (shape.columns().size() - 1);
                double columnX = x + (shape.width() - span) / 2;
                double rootCenter = x + shape.rootX();
                double bus = bottom + GAP_Y / 2.0;
                double childTop = bottom + GAP_Y;
                for (Column column : shape.columns()) {
                    double connect = columnX + column.connectX();
                    if (column.subtree() != null) {
                        place(column.subtree(), columnX, childTop);
                        edges.add(new Edge(parent, column.subtree().node().role().slug(),
                                List.of(p(rootCenter, bottom), p(rootCenter, bus), p(connect, bus), p(connect, childTop))));
                    } else {
                        for (int i = 0; i < column.leaves().size(); i++) {
                            Node leaf = column.leaves().get(i);
                            double top = childTop + i * (STACK + BOX_HEIGHT);
                            double middle = top + BOX_HEIGHT / 2.0;
                            boxes.add(new Box(leaf.role(), columnX + INDENT, top, leaf.alsoReportsTo()));
                            edges.add(new Edge(parent, leaf.role().slug(), List.of(p(rootCenter, bottom),
                                    p(rootCenter, bus), p(connect, bus), p(connect, middle), p(columnX + INDENT, middle))));
                        }
                    }
                    columnX += column.width() + GAP_X;
                }
            }
        }
    }

    private void edge(StringBuilder svg, Edge edge, boolean highlighted) {
        svg.append("<polyline points=\"");
        for (int i = 0; i < edge.points().size(); i++) {
            double[] point = edge.points().get(i);
            svg.append(i == 0 ? "" : " ").append(n(point[0])).append(',').append(n(point[1]));
        }
        svg.append("\" stroke=\"").append(highlighted ? ACCENT : LINE).append("\" stroke-width=\"")
                .append(highlighted ? "2.5" : "1.2").append('"');
        if (highlighted) {
            svg.append(" class=\"highlighted\"");
        }
        svg.append(" data-from=\"").append(escape(edge.parent())).append("\" data-to=\"").append(escape(edge.child()))
                .append("\"/>\n");
    }

    private void box(StringBuilder svg, Box box) {
        Role role = box.role();
        String mark = highlight.classOf(role.slug());
        String fill = BOX;
        String stroke = LINE;
        String width = "1.2";
        if ("focus".equals(mark)) {
            fill = ACCENT;
            stroke = ACCENT;
            width = "2.5";
        } else if ("manager".equals(mark)) {
            fill = ACCENT_SOFT;
            stroke = ACCENT;
            width = "2";
        } else if ("report".equals(mark)) {
            fill = REPORT_SOFT;
            stroke = REPORT_LINE;
            width = "2";
        }
        String ink = "focus".equals(mark) ? "#ffffff" : INK;
        svg.append("<a href=\"").append(escape(linkBase + "/roles/" + role.slug())).append("\" id=\"chart-")
                .append(escape(role.slug())).append("\" class=\"role").append(mark == null ? "" : " " + mark).append("\">");
        svg.append("<title>").append(escape(tooltip(box, mark))).append("</title>");
        svg.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
                .append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"6\" fill=\"").append(fill)
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(width).append("\"/>");
        List<String> lines = label(role);
        double first = box.y() + BOX_HEIGHT / 2.0 - (lines.size() - 1) * 7.5 + 4.5;
        svg.append("<text x=\"").append(n(box.x() + 9)).append("\" y=\"").append(n(first))
                .append("\" font-size=\"12.5\" fill=\"").append(ink).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(n(box.x() + 9)).append("\" y=\"").append(n(first + i * 15)).append('"');
            if (i > 0 && lines.size() == 2 && lines.get(i).equals(role.abbreviation())) {
                svg.append(" fill=\"").append("focus".equals(mark) ? "#ffffff" : MUTED).append('"');
            }
            svg.append('>').append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text></a>\n");
    }

    private static String tooltip(Box box, String mark) {
        StringBuilder text = new StringBuilder(box.role().displayName());
        if (!box.alsoReportsTo().isEmpty()) {
            text.append(" — also reports to ").append(String.join(", ",
                    box.alsoReportsTo().stream().map(Role::shortName).toList()));
        }
        if (mark != null) {
            text.append(switch (mark) {
                case "focus" -> " (this role)";
                case "manager" -> " (in this role's reporting line)";
                default -> " (reports to this role)";
            });
        }
        return text.toString();
    }

    /** The title in at most two lines (the second cut short with an ellipsis), else the title and the abbreviation. */
    static List<String> label(Role role) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : role.title().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > CHARS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > 2) {
            String second = String.join(" ", lines.subList(1, lines.size()));
            lines = new ArrayList<>(List.of(lines.get(0), second.substring(0, CHARS_PER_LINE - 1).strip() + "…"));
        }
        lines = lines.stream().map(l -> l.length() > CHARS_PER_LINE ? l.substring(0, CHARS_PER_LINE - 1) + "…" : l)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (lines.size() == 1 && role.abbreviation() != null) {
            lines.add(role.abbreviation());
        }
        return lines;
    }

    private static double[] p(double x, double y) {
        return new double[] {x, y};
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD'); // not allowed in XML 1.0
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
