package org.qantar.shell.render;

/**
 * Where output goes: its width in columns and whether it may carry colour. Renderers take one so
 * that tests fix the width (and turn colour off) and get stable text.
 *
 * @param width  columns available, at least {@link #MIN_WIDTH}
 * @param colour whether ANSI colour codes may be written
 */
public record Screen(int width, boolean colour) {

    public static final int MIN_WIDTH = 40;

    public Screen {
        width = Math.max(MIN_WIDTH, width);
    }

    /** Plain text of the given width: what tests and pipes get. */
    public static Screen plain(int width) {
        return new Screen(width, false);
    }

    /** {@code text} in {@code style} when colour is on, else unchanged. */
    public String paint(String text, Style style) {
        return colour && style != Style.NONE && !text.isEmpty() ? style.on() + text + Style.RESET : text;
    }
}
