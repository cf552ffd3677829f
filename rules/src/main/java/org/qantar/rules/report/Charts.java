package org.qantar.rules.report;

import org.qantar.rules.analysis.Interval;
import org.qantar.rules.analysis.SensitivityResult;
import org.qantar.rules.analysis.SimulationResult;
import org.qantar.rules.analysis.StatusValue;
import org.qantar.rules.markup.Tag;

/**
 * The report's two charts as inline SVG: the simulation as a pair of bars per outcome (how often it
 * came out SUPPORTED true, SUPPORTED false) with their 95% intervals, and the sensitivity analysis
 * as a tornado (each driver's effect, bars from zero, largest first, with intervals). True is blue
 * and solid, false orange and hatched, so the charts read in black and white; every bar is labelled
 * with its number. Each label sits above its bars, so a chart is narrow (370 units) and reads on a
 * phone at its own size; the page scales it up to a comfortable width on a wider screen.
 */
final class Charts {

    static final String TRUE_FILL = "#0072B2";
    static final String FALSE_FILL = "#D55E00";
    private static final double LEFT = 8;
    private static final double PLOT = 300;
    private static final double RIGHT = 62;
    private static final double LABEL_LINE = 15;
    private static final double FONT = 12;

    private Charts() {
    }

    /** Bars per outcome: P(SUPPORTED true) and P(SUPPORTED false), each with its interval. */
    static Tag simulation(SimulationResult result) {
        double row = LABEL_LINE + 2 * 13 + 8;
        double top = 30;
        double height = top + row * result.outcomes().size() + 10;
        double width = LEFT + PLOT + RIGHT;
        Tag svg = frame("qs", width, height, "Simulation: how often each outcome is supported",
                result.samples() + " sampled worlds, seed " + result.seed() + ". For each outcome, the share of "
                        + "worlds in which it is SUPPORTED true (solid blue bar) and SUPPORTED false (hatched "
                        + "orange bar), with 95% Wilson intervals as whiskers.");
        svg.add(axis(top, height, 0, 1));
        double y = top;
        for (SimulationResult.OutcomeDistribution o : result.outcomes()) {
            svg.add(text(LEFT, y + 12, o.proposition(), "start").attr("class", "label")
                    .attr("paint-order", "stroke").attr("stroke", "#FFFFFF").attr("stroke-width", 3.0));
            bar(svg, y + LABEL_LINE + 2, 0, o.probability(StatusValue.SUPPORTED_TRUE),
                    o.interval(StatusValue.SUPPORTED_TRUE), true);
            bar(svg, y + LABEL_LINE + 15, 0, o.probability(StatusValue.SUPPORTED_FALSE),
                    o.interval(StatusValue.SUPPORTED_FALSE), false);
            y += row;
        }
        return svg;
    }

    /** A tornado: each driver's effect on the target, from zero, with its interval. */
    static Tag tornado(SensitivityResult result) {
        double row = LABEL_LINE + 13 + 8;
        double top = 30;
        double height = top + row * result.drivers().size() + 10;
        double width = LEFT + PLOT + RIGHT;
        Tag svg = frame("qt", width, height, "Sensitivity of " + result.target(),
                "For each driver, P(" + result.target() + " supported | driver true) minus P(… | driver false), "
                        + result.samples() + " worlds, seed " + result.seed() + ". Bars to the right (solid blue) "
                        + "raise it, to the left (hatched orange) lower it; whiskers are 95% intervals.");
        svg.add(axis(top, height, -1, 1));
        double y = top;
        for (SensitivityResult.DriverEffect d : result.drivers()) {
            svg.add(text(LEFT, y + 12, d.driver(), "start").attr("class", "label")
                    .attr("paint-order", "stroke").attr("stroke", "#FFFFFF").attr("stroke-width", 3.0));
            bar(svg, y + LABEL_LINE + 2, -1, d.effect(), d.interval(), d.effect() >= 0);
            y += row;
        }
        return svg;
    }

    private static Tag frame(String id, double width, double height, String title, String description) {
        Tag svg = Tag.of("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("class", "chart")
                .attr("viewBox", "0 0 " + Tag.number(width) + " " + Tag.number(height))
                .attr("width", width).attr("height", height).attr("role", "img")
                .attr("aria-labelledby", id + "-title " + id + "-desc").attr("font-family", "sans-serif")
                .attr("font-size", FONT);
        svg.add(Tag.of("title").attr("id", id + "-title").text(title));
        svg.add(Tag.of("desc").attr("id", id + "-desc").text(description));
        svg.add(Tag.of("defs").add(Tag.of("pattern").attr("id", id + "-hatch").attr("patternUnits", "userSpaceOnUse")
                .attr("width", 5.0).attr("height", 5.0).attr("patternTransform", "rotate(45)")
                .add(Tag.of("rect").attr("width", 5.0).attr("height", 5.0).attr("fill", "#F6C7A6"),
                        Tag.of("line").attr("x1", 0.0).attr("y1", 0.0).attr("x2", 0.0).attr("y2", 5.0)
                                .attr("stroke", FALSE_FILL).attr("stroke-width", 2.0))));
        return svg;
    }

    /** Gridlines and tick labels from {@code min} to {@code max} (fractions shown as percentages or signed). */
    private static Tag axis(double top, double bottom, double min, double max) {
        Tag g = Tag.of("g").attr("class", "axis");
        int ticks = 4;
        for (int i = 0; i <= ticks; i++) {
            double v = min + (max - min) * i / ticks;
            double x = x(v, min, max);
            g.add(Tag.of("line").attr("x1", x).attr("y1", top - 4).attr("x2", x).attr("y2", bottom - 6)
                    .attr("stroke", v == 0 ? "#555555" : "#CCCCCC").attr("stroke-width", 1.0));
            g.add(text(x, top - 10, min < 0 ? ReportText.signed(v).replace(".000", "") : ReportText.percent(v)
                    .replace(".0%", "%"), "middle"));
        }
        return g;
    }

    /** A bar from zero to {@code value} with whiskers for the interval and the number beside it. */
    private static void bar(Tag svg, double y, double min, double value, Interval interval, boolean positive) {
        double max = 1;
        double zero = x(0, min, max);
        double end = x(value, min, max);
        double h = 11;
        svg.add(Tag.of("rect").attr("class", positive ? "bar true" : "bar false").attr("x", Math.min(zero, end))
                .attr("y", y).attr("width", Math.max(Math.abs(end - zero), 0.5)).attr("height", h)
                .attr("fill", positive ? TRUE_FILL : "url(#" + (min < 0 ? "qt" : "qs") + "-hatch)")
                .attr("stroke", positive ? TRUE_FILL : FALSE_FILL).attr("stroke-width", 1.0));
        double lo = x(interval.lower(), min, max);
        double hi = x(interval.upper(), min, max);
        double mid = y + h / 2;
        svg.add(Tag.of("path").attr("class", "interval")
                .attr("d", "M" + Tag.number(lo) + " " + Tag.number(mid) + " L" + Tag.number(hi) + " " + Tag.number(mid)
                        + " M" + Tag.number(lo) + " " + Tag.number(mid - 4) + " L" + Tag.number(lo) + " " + Tag.number(mid + 4)
                        + " M" + Tag.number(hi) + " " + Tag.number(mid - 4) + " L" + Tag.number(hi) + " " + Tag.number(mid + 4))
                .attr("stroke", "#000000").attr("stroke-width", 1.2).attr("fill", "none"));
        String label = min < 0 ? ReportText.signed(value) : ReportText.percent(value);
        svg.add(text(LEFT + PLOT + 6, mid + 4, label, "start").attr("font-size", 11.0));
    }

    private static double x(double v, double min, double max) {
        return LEFT + PLOT * (v - min) / (max - min);
    }

    private static Tag text(double x, double y, String s, String anchor) {
        return Tag.of("text").attr("x", x).attr("y", y).attr("text-anchor", anchor).text(s);
    }
}
