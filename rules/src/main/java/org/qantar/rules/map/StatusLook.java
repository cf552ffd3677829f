package org.qantar.rules.map;

import org.qantar.rules.Status;

/**
 * How every picture shows a status: a glyph and a border pattern as well as a colour, so that a map
 * reads in black and white and for colour-blind readers (the colours are from the Okabe–Ito palette;
 * blue means true, orange false). The writers share this one table.
 *
 * @param glyph    the status's mark, printed before the proposition id
 * @param fill     the node's fill colour (by status strength and value)
 * @param dash     SVG/DOT dash pattern of the border; empty for a solid line
 * @param hatched  whether the node is hatched (both values possible)
 * @param doubled  whether the border is heavy (the value was set, not derived)
 */
public record StatusLook(String glyph, String fill, String dash, boolean hatched, boolean doubled) {

    static final String TRUE_STRONG = "#7DB9E3";
    static final String TRUE_PALE = "#DCEDF8";
    static final String FALSE_STRONG = "#EDA574";
    static final String FALSE_PALE = "#FBE5D6";
    static final String CONTESTED_FILL = "#FFF1CC";
    static final String OPEN_FILL = "#FFFFFF";

    /** The look of a status with its value (null for CONTESTED and OPEN). */
    public static StatusLook of(Status status, Boolean value) {
        boolean v = Boolean.TRUE.equals(value);
        return switch (status.name()) {
            case "ASSUMED" -> new StatusLook("◆", v ? TRUE_STRONG : FALSE_STRONG, "", false, true);
            case "RECORDED" -> new StatusLook("■", v ? TRUE_STRONG : FALSE_STRONG, "", false, true);
            case "SUPPORTED" -> new StatusLook("●", v ? TRUE_STRONG : FALSE_STRONG, "", false, false);
            case "PLAUSIBLE" -> new StatusLook("◐", v ? TRUE_PALE : FALSE_PALE, "6 3", false, false);
            case "CONTESTED" -> new StatusLook("⇅", CONTESTED_FILL, "", true, false);
            default -> new StatusLook("○", OPEN_FILL, "2 3", false, false);
        };
    }

    /** The look of a node. */
    public static StatusLook of(PropositionNode p) {
        return of(p.status(), p.value());
    }

    /** The statuses in legend order, with what each means in a few words. */
    public static final java.util.List<String[]> LEGEND = java.util.List.of(
            new String[] {"◆", "ASSUMED", "you set it"},
            new String[] {"■", "RECORDED", "on the record (a fact)"},
            new String[] {"●", "SUPPORTED", "the counted claims establish it"},
            new String[] {"◐", "PLAUSIBLE", "one value possible, not established"},
            new String[] {"⇅", "CONTESTED", "both values possible"},
            new String[] {"○", "OPEN", "nothing reaches it"});
}
