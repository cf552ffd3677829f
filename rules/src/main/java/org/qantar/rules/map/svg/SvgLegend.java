package org.qantar.rules.map.svg;

import org.qantar.rules.Status;
import org.qantar.rules.map.StatusLook;
import org.qantar.rules.markup.Tag;

/** The key under the map: each status's glyph, border and fill, and the kinds of edge. */
final class SvgLegend {

    private SvgLegend() {
    }

    static Tag legend(double top) {
        Tag g = Tag.of("g").attr("class", "legend").attr("font-size", 10.0);
        double x = 0;
        for (String[] entry : StatusLook.LEGEND) {
            if (!exists(entry[1])) {
                continue;
            }
            Status status = Status.valueOf(entry[1]);
            StatusLook look = StatusLook.of(status, status.hasValue() ? Boolean.TRUE : null);
            g.add(Tag.of("rect").attr("x", x).attr("y", top).attr("width", 18.0).attr("height", 13.0)
                    .attr("fill", look.hatched() ? "url(#qm-hatch)" : look.fill()).attr("stroke", "#222222")
                    .attr("stroke-width", look.doubled() ? 2.2 : 1.0)
                    .attr("stroke-dasharray", look.dash().isEmpty() ? null : look.dash()));
            g.add(Tag.of("text").attr("x", x + 22).attr("y", top + 10).text(entry[0] + " " + entry[1]));
            x += 34 + (entry[1].length() + 2) * 7.2;
        }
        double y = top + 28;
        g.add(Tag.of("text").attr("x", 0.0).attr("y", y + 4).text("fill: blue true, orange false"));
        g.add(Tag.of("path").attr("d", "M170 " + Tag.number(y) + " L205 " + Tag.number(y)).attr("stroke", "#444444")
                .attr("marker-end", "url(#qm-arrow)"));
        g.add(Tag.of("text").attr("x", 210.0).attr("y", y + 4).text("premise / conclusion"));
        g.add(Tag.of("path").attr("d", "M330 " + Tag.number(y) + " L365 " + Tag.number(y)).attr("stroke", "#444444")
                .attr("stroke-dasharray", "5 3").attr("marker-end", "url(#qm-bar)"));
        g.add(Tag.of("text").attr("x", 370.0).attr("y", y + 4).text("unless (defeater)"));
        g.add(Tag.of("rect").attr("x", 470.0).attr("y", y - 7).attr("width", 40.0).attr("height", 14.0)
                .attr("rx", 7.0).attr("fill", "#F2F2F2").attr("stroke", "#555555").attr("stroke-dasharray", "5 3"));
        g.add(Tag.of("text").attr("x", 516.0).attr("y", y + 4).text("claim that only makes its conclusion possible"));
        g.add(Tag.of("text").attr("x", 0.0).attr("y", y + 22)
                .text("“not” marks a negated literal; ⚠ a claim pushing against an assumption"));
        return g;
    }

    /** Whether the engine has this status (RECORDED comes with semantics v2). */
    private static boolean exists(String name) {
        for (Status s : Status.values()) {
            if (s.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
