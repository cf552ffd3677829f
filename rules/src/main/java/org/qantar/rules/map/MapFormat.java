package org.qantar.rules.map;

import org.qantar.rules.map.aif.AifWriter;
import org.qantar.rules.map.argdown.ArgdownWriter;
import org.qantar.rules.map.dot.DotWriter;
import org.qantar.rules.map.svg.LayoutCache;
import org.qantar.rules.map.svg.SvgMapWriter;
import org.qantar.rules.map.text.TextMapWriter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The formats a map is written in, each by its own writer. The SVG writer (and with it the layout
 * library) is only loaded when an SVG is asked for.
 */
public enum MapFormat {
    TEXT("txt", TextMapWriter::write),
    DOT("dot", DotWriter::write),
    // A lambda, not a method reference: the layout classes resolve only when an SVG is drawn.
    SVG("svg", map -> SvgMapWriter.write(map)),
    AIF("json", AifWriter::write),
    ARGDOWN("argdown", ArgdownWriter::write);

    private final String extension;
    private final Function<ArgumentMap, String> writer;

    MapFormat(String extension, Function<ArgumentMap, String> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    /** The name users type: {@code text}, {@code dot}, {@code svg}, {@code aif}, {@code argdown}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String write(ArgumentMap map) {
        return writer.apply(map);
    }

    /** As {@link #write(ArgumentMap)}; an SVG's layout is read from {@code layouts} when drawn before. */
    public String write(ArgumentMap map, LayoutCache layouts) {
        return this == SVG ? SvgMapWriter.write(map, layouts) : writer.apply(map);
    }

    /** The format of a typed name, ignoring case. */
    public static Optional<MapFormat> of(String label) {
        return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(label.strip())).findFirst();
    }

    /** The format a file name's extension suggests ({@code map.svg} → SVG), if any. */
    public static Optional<MapFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith("." + f.extension)).findFirst();
    }
}
