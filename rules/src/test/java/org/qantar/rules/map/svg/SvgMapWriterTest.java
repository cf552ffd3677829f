package org.qantar.rules.map.svg;

import org.junit.jupiter.api.Test;
import org.qantar.rules.map.MapExamples;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SvgMapWriterTest {

    private static final Document SMALL = parse(SvgMapWriter.write(MapExamples.small()));

    @Test
    void oneGroupPerPropositionAndPerClaimAndEdge() {
        assertThat(withClass("proposition")).hasSize(5);
        assertThat(withClass("claim")).hasSize(2);
        assertThat(withClass("edge")).hasSize(6);
        assertThat(withClass("unless")).hasSize(1);
        assertThat(withClass("negated")).hasSize(2);
    }

    @Test
    void eachStatusIsShownByGlyphAndBorderAsWellAsColour() {
        Map<String, Element> byId = nodesById();

        assertThat(firstText(byId.get("qm-p-a"))).isEqualTo("◆ a");
        assertThat(byId.get("qm-p-a").getElementsByTagName("rect").getLength()).as("a doubled border").isEqualTo(2);
        assertThat(firstText(byId.get("qm-p-x"))).isEqualTo("● x");
        assertThat(firstText(byId.get("qm-p-y"))).isEqualTo("◐ y");
        assertThat(rect(byId.get("qm-p-y")).getAttribute("stroke-dasharray")).isEqualTo("6 3");
        assertThat(firstText(byId.get("qm-p-b"))).isEqualTo("○ b");
        assertThat(rect(byId.get("qm-p-b")).getAttribute("stroke-dasharray")).isEqualTo("2 3");
        assertThat(rect(byId.get("qm-c-c2")).getAttribute("stroke-dasharray")).as("possible-only claim").isEqualTo("5 3");
        assertThat(rect(byId.get("qm-c-c1")).hasAttribute("stroke-dasharray")).isFalse();
    }

    @Test
    void layersRunLeftToRightFromDriversToOutcomes() {
        Map<String, Element> byId = nodesById();

        assertThat(x(byId.get("qm-p-a"))).isLessThan(x(byId.get("qm-c-c1")));
        assertThat(x(byId.get("qm-c-c1"))).isLessThan(x(byId.get("qm-p-x")));
        assertThat(x(byId.get("qm-p-x"))).isLessThan(x(byId.get("qm-c-c2")));
        assertThat(x(byId.get("qm-c-c2"))).isLessThan(x(byId.get("qm-p-y")));
    }

    @Test
    void nodesStayInsideThePictureAndDoNotOverlap() {
        Element svg = SMALL.getDocumentElement();
        double width = Double.parseDouble(svg.getAttribute("width"));
        double height = Double.parseDouble(svg.getAttribute("height"));
        List<double[]> boxes = new ArrayList<>();
        for (Element node : nodesById().values()) {
            Element r = rect(node);
            double[] b = {num(r, "x"), num(r, "y"), num(r, "width"), num(r, "height")};
            assertThat(b[0] + b[2] + 10).isLessThanOrEqualTo(width);
            assertThat(b[1] + b[3] + 10).isLessThanOrEqualTo(height);
            for (double[] other : boxes) {
                boolean apart = b[0] + b[2] <= other[0] || other[0] + other[2] <= b[0]
                        || b[1] + b[3] <= other[1] || other[1] + other[3] <= b[1];
                assertThat(apart).isTrue();
            }
            boxes.add(b);
        }
    }

    @Test
    void thePictureHasATitleAndADescriptionForScreenReaders() {
        Element svg = SMALL.getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(SMALL.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Argument map");
        assertThat(SMALL.getElementsByTagName("desc").item(0).getTextContent()).startsWith("5 propositions and 2 claims");
    }

    @Test
    void aQuoteWithMarkupCharactersStaysText() {
        var m = MapExamples.small();
        var c = m.claims().get(0);
        var odd = new org.qantar.rules.map.ClaimNode(c.id(), c.source(), "<b>&", c.confidence(), c.section(),
                "\"</svg>", c.state(), c.pushesAgainst());
        var map = new org.qantar.rules.map.ArgumentMap(m.propositions(), List.of(odd, m.claims().get(1)), m.edges(), null);

        Document d = parse(SvgMapWriter.write(map));
        assertThat(d.getDocumentElement().getTextContent()).contains("<b>&").contains("\"</svg>");
    }

    // ---------------------------------------------------------------- helpers

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> withClass(String cls) {
        List<Element> found = new ArrayList<>();
        NodeList all = SMALL.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Map<String, Element> nodesById() {
        Map<String, Element> m = new HashMap<>();
        for (Element e : withClass("node")) {
            m.put(e.getAttribute("id"), e);
        }
        return m;
    }

    private static String firstText(Element g) {
        return g.getElementsByTagName("text").item(0).getTextContent();
    }

    private static Element rect(Element g) {
        return (Element) g.getElementsByTagName("rect").item(0);
    }

    private static double x(Element g) {
        return num(rect(g), "x");
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
