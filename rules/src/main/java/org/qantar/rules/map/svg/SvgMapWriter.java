package org.qantar.rules.map.svg;

import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.ClaimNode;
import org.qantar.rules.map.ClaimState;
import org.qantar.rules.map.Edge;
import org.qantar.rules.map.PropositionNode;
import org.qantar.rules.map.StatusLook;
import org.qantar.rules.markup.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map as a standalone SVG picture, laid out left to right by the Eclipse Layout Kernel
 * ({@link ElkLayout}): drivers on the left, what follows from them on the right. A proposition is a
 * box showing its status three ways (glyph, border pattern, fill colour; see {@link StatusLook}); a
 * claim is a small rounded box with its id, source and confidence, dashed while it only makes its
 * conclusion possible, drawn in orange with a ⚠ when it pushes against an assumption. Premise and
 * conclusion edges are solid arrows, unless edges dashed with a bar head, negated literals' edges
 * labelled {@code not}. A legend sits under the graph; each node has a {@code <title>} (a tooltip
 * with the statement or the quote). Nodes carry the classes {@code proposition} and {@code claim}.
 *
 * <p>Ids inside the picture start with {@code qm-}, so it can be inlined into an HTML page beside
 * other pictures.
 */
public final class SvgMapWriter {

    static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
    /** The longest second line a proposition box can have: its status, value and strength. */
    static final String WIDEST_STATUS = "SUPPORTED false · possible";
    private static final double MARGIN = 10;
    private static final double LEGEND_HEIGHT = 64;
    private static final double LEGEND_WIDTH = 760;

    private SvgMapWriter() {
    }

    /** The picture as an {@code <svg>} element, to be written out or inlined in HTML; laid out afresh. */
    public static Tag svg(ArgumentMap map) {
        return svg(map, LayoutCache.NONE);
    }

    /** The picture as an {@code <svg>} element, its layout read from {@code layouts} when drawn before. */
    public static Tag svg(ArgumentMap map, LayoutCache layouts) {
        Map<String, double[]> sizes = new LinkedHashMap<>();
        // Box sizes leave room for the widest status line and for the ⚠ of a claim, so that they do not
        // change with the scenario: the layout then depends only on the graph, and LayoutCache reuses it.
        for (PropositionNode p : map.propositions()) {
            List<String> room = new ArrayList<>(propositionLines(p));
            room.add(WIDEST_STATUS);
            double[] size = size(room, 12, 10);
            size[1] = size(propositionLines(p), 12, 10)[1];
            sizes.put(key(p), size);
        }
        for (ClaimNode c : map.claims()) {
            sizes.put(key(c), size(List.of("⚠ " + c.id(), claimLines(c).get(1)), 10, 9));
        }
        List<String[]> edges = new ArrayList<>();
        for (Edge e : map.edges()) {
            edges.add(new String[] {fromKey(e), toKey(e)});
        }
        GraphLayout layout = layouts.layout(sizes, edges);

        double width = Math.max(layout.width(), LEGEND_WIDTH) + 2 * MARGIN;
        double height = layout.height() + LEGEND_HEIGHT + 2 * MARGIN;
        String description = map.propositions().size() + " propositions and " + map.claims().size()
                + " claims" + (map.focus() == null ? "" : " around " + map.focus())
                + ". Each proposition shows its status as a glyph, a border and a colour; "
                + "claims link premises to conclusions; dashed edges are unless conditions.";
        Tag svg = Tag.of("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", width).attr("height", height)
                .attr("viewBox", "0 0 " + Tag.number(width) + " " + Tag.number(height))
                .attr("role", "img").attr("aria-labelledby", "qm-title qm-desc")
                .attr("font-family", FONT).attr("class", "argument-map");
        svg.add(Tag.of("title").attr("id", "qm-title").text(map.focus() == null ? "Argument map"
                : "Argument map around " + map.focus()));
        svg.add(Tag.of("desc").attr("id", "qm-desc").text(description));
        svg.add(definitions());

        Tag drawing = Tag.of("g").attr("transform", "translate(" + Tag.number(MARGIN) + "," + Tag.number(MARGIN) + ")");
        Tag edgeGroup = Tag.of("g").attr("class", "edges");
        for (int i = 0; i < map.edges().size(); i++) {
            edgeGroup.add(edge(map.edges().get(i), layout.routes().get(i)));
        }
        Tag nodeGroup = Tag.of("g").attr("class", "nodes");
        for (PropositionNode p : map.propositions()) {
            nodeGroup.add(proposition(p, layout.boxes().get(key(p))));
        }
        for (ClaimNode c : map.claims()) {
            nodeGroup.add(claim(c, layout.boxes().get(key(c))));
        }
        drawing.add(edgeGroup, nodeGroup, SvgLegend.legend(layout.height() + 14));
        return svg.add(drawing);
    }

    /** The picture as a standalone SVG file's text; laid out afresh. */
    public static String write(ArgumentMap map) {
        return write(map, LayoutCache.NONE);
    }

    /** The picture as a standalone SVG file's text, its layout read from {@code layouts} when drawn before. */
    public static String write(ArgumentMap map, LayoutCache layouts) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(map, layouts).render() + "\n";
    }

    // ---------------------------------------------------------------- nodes

    static List<String> propositionLines(PropositionNode p) {
        List<String> lines = new ArrayList<>();
        lines.add(StatusLook.of(p).glyph() + " " + p.id());
        lines.add(p.label() + (p.strength() == null ? "" : " · " + p.strength()));
        List<String> flags = new ArrayList<>();
        if (p.counterfactual()) {
            flags.add("counterfactual");
        }
        if (p.pushedAgainst()) {
            flags.add("⚠ pushed against");
        }
        if (!flags.isEmpty()) {
            lines.add(String.join(" · ", flags));
        }
        return lines;
    }

    static List<String> claimLines(ClaimNode c) {
        return List.of((c.pushesAgainst() ? "⚠ " : "") + c.id(),
                c.source() + " · " + c.confidence().label());
    }

    /** Width and height of a box for these lines: the first in the title size, the rest smaller. */
    static double[] size(List<String> lines, double titleSize, double bodySize) {
        double width = 0;
        for (int i = 0; i < lines.size(); i++) {
            double fontSize = i == 0 ? titleSize : bodySize;
            // An average glyph of the sans-serif faces is under 0.62 em; bold titles a little wider.
            width = Math.max(width, lines.get(i).codePointCount(0, lines.get(i).length()) * fontSize
                    * (i == 0 ? 0.66 : 0.62));
        }
        double height = 8 + titleSize + 3 + (lines.size() - 1) * (bodySize + 3) + 4;
        return new double[] {Math.ceil(width + 16), Math.ceil(height)};
    }

    private static Tag proposition(PropositionNode p, GraphLayout.Box box) {
        StatusLook look = StatusLook.of(p);
        Tag g = Tag.of("g").attr("class", "node proposition status-" + p.status().name().toLowerCase())
                .attr("id", "qm-p-" + p.id());
        g.add(Tag.of("title").text(p.id() + ": " + p.statement() + " (" + p.label()
                + (p.strength() == null ? "" : ", " + p.strength()) + ")"));
        g.add(Tag.of("rect").attr("x", box.x()).attr("y", box.y()).attr("width", box.width())
                .attr("height", box.height()).attr("rx", 4.0)
                .attr("fill", look.hatched() ? "url(#qm-hatch)" : look.fill())
                .attr("stroke", "#222222").attr("stroke-width", look.doubled() ? 1.0 : 1.3)
                .attr("stroke-dasharray", look.dash().isEmpty() ? null : look.dash()));
        if (look.doubled()) {
            g.add(Tag.of("rect").attr("x", box.x() + 3).attr("y", box.y() + 3).attr("width", box.width() - 6)
                    .attr("height", box.height() - 6).attr("rx", 2.0).attr("fill", "none")
                    .attr("stroke", "#222222").attr("stroke-width", 1.0));
        }
        addLines(g, propositionLines(p), box, 12, 10, "#000000");
        return g;
    }

    private static Tag claim(ClaimNode c, GraphLayout.Box box) {
        boolean firm = c.state() == ClaimState.ESTABLISHED;
        Tag g = Tag.of("g").attr("class", "node claim state-" + c.state().label()).attr("id", "qm-c-" + c.id());
        g.add(Tag.of("title").text(c.id() + " (" + c.source() + ", " + c.confidence().label() + ", "
                + c.state().label() + "): " + c.name() + (c.quote().isEmpty() ? "" : " — “" + c.quote() + "”")));
        g.add(Tag.of("rect").attr("x", box.x()).attr("y", box.y()).attr("width", box.width())
                .attr("height", box.height()).attr("rx", box.height() / 2)
                .attr("fill", c.state() == ClaimState.IDLE ? "#FFFFFF" : "#F2F2F2")
                .attr("stroke", c.pushesAgainst() ? "#D55E00" : "#555555")
                .attr("stroke-width", c.pushesAgainst() ? 2.2 : 1.0)
                .attr("stroke-dasharray", firm ? null : c.state() == ClaimState.IDLE ? "2 3" : "5 3"));
        addLines(g, claimLines(c), box, 10, 9, c.state() == ClaimState.IDLE ? "#555555" : "#000000");
        return g;
    }

    private static void addLines(Tag g, List<String> lines, GraphLayout.Box box, double titleSize, double bodySize,
                                 String colour) {
        double y = box.y() + 6 + titleSize;
        for (int i = 0; i < lines.size(); i++) {
            double size = i == 0 ? titleSize : bodySize;
            g.add(Tag.of("text").attr("x", box.x() + 8).attr("y", y).attr("font-size", size)
                    .attr("font-weight", i == 0 ? "bold" : null).attr("fill", colour).text(lines.get(i)));
            y += (i == 0 ? 3 : 0) + bodySize + 3;
        }
    }

    // ---------------------------------------------------------------- edges

    private static Tag edge(Edge e, List<double[]> route) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < route.size(); i++) {
            d.append(i == 0 ? "M" : " L").append(Tag.number(route.get(i)[0])).append(' ')
                    .append(Tag.number(route.get(i)[1]));
        }
        boolean unless = e.kind() == Edge.EdgeKind.UNLESS;
        Tag g = Tag.of("g").attr("class", "edge " + e.kind().name().toLowerCase() + (e.positive() ? "" : " negated"));
        g.add(Tag.of("path").attr("d", d.toString()).attr("fill", "none").attr("stroke", "#444444")
                .attr("stroke-width", 1.1).attr("stroke-dasharray", unless ? "5 3" : null)
                .attr("marker-end", unless ? "url(#qm-bar)" : "url(#qm-arrow)"));
        String label = unless ? (e.positive() ? "unless" : "unless not") : e.positive() ? null : "not";
        if (label != null && route.size() >= 2) {
            double[] a = route.get(route.size() - 2);
            double[] b = route.get(route.size() - 1);
            g.add(Tag.of("text").attr("x", (a[0] + b[0]) / 2 - 10).attr("y", (a[1] + b[1]) / 2 - 3)
                    .attr("font-size", 8.0).attr("font-style", "italic").attr("fill", "#333333").text(label));
        }
        return g;
    }

    private static Tag definitions() {
        Tag hatch = Tag.of("pattern").attr("id", "qm-hatch").attr("patternUnits", "userSpaceOnUse")
                .attr("width", 6.0).attr("height", 6.0).attr("patternTransform", "rotate(45)")
                .add(Tag.of("rect").attr("width", 6.0).attr("height", 6.0).attr("fill", StatusLook.of(
                                org.qantar.rules.Status.CONTESTED, null).fill()),
                        Tag.of("line").attr("x1", 0.0).attr("y1", 0.0).attr("x2", 0.0).attr("y2", 6.0)
                                .attr("stroke", "#B07800").attr("stroke-width", 1.6));
        Tag arrow = Tag.of("marker").attr("id", "qm-arrow").attr("viewBox", "0 0 10 10").attr("refX", 9.0)
                .attr("refY", 5.0).attr("markerWidth", 7.0).attr("markerHeight", 7.0).attr("orient", "auto")
                .add(Tag.of("path").attr("d", "M0 0 L10 5 L0 10 z").attr("fill", "#444444"));
        Tag bar = Tag.of("marker").attr("id", "qm-bar").attr("viewBox", "0 0 10 10").attr("refX", 9.0)
                .attr("refY", 5.0).attr("markerWidth", 8.0).attr("markerHeight", 8.0).attr("orient", "auto")
                .add(Tag.of("path").attr("d", "M9 0 L9 10").attr("stroke", "#444444").attr("stroke-width", 2.5));
        return Tag.of("defs").add(hatch, arrow, bar);
    }

    private static String key(PropositionNode p) {
        return "p:" + p.id();
    }

    private static String key(ClaimNode c) {
        return "c:" + c.id();
    }

    private static String fromKey(Edge e) {
        return (e.kind() == Edge.EdgeKind.CONCLUSION ? "c:" : "p:") + e.from();
    }

    private static String toKey(Edge e) {
        return (e.kind() == Edge.EdgeKind.CONCLUSION ? "p:" : "c:") + e.to();
    }
}
