package org.qantar.shell.render;

import java.io.PrintStream;
import java.util.function.DoubleConsumer;

/**
 * Progress of long analyses, drawn in place on the terminal's error stream so that it never mixes
 * into a command's output (text or JSON) and never reaches a pipe: it is drawn only when a console
 * is attached ({@code qantar.progress=always|never} overrides). Nothing shows for work that ends
 * within {@value #DELAY_MS} ms, and the line is wiped when the work is done.
 *
 * <p>{@link #accept} may be called from worker threads, one call at a time.
 */
public final class ProgressBar implements DoubleConsumer, AutoCloseable {

    static final long DELAY_MS = 300;
    private static final long REPAINT_MS = 100;

    private final String label;
    private final PrintStream out;
    private final int width;
    private final long start = System.nanoTime();
    private long lastPaint;
    private int lastLength;
    private int lastPercent = -1;

    /** @param out where to draw, or null to draw nothing */
    ProgressBar(String label, PrintStream out, int width) {
        this.label = label;
        this.out = out;
        this.width = width;
    }

    /** A bar labelled {@code label} on stderr when a console is attached, else one that draws nothing. */
    public static ProgressBar start(String label, Screen screen) {
        String mode = System.getProperty("qantar.progress", "auto");
        boolean show = mode.equals("always") || (!mode.equals("never") && System.console() != null);
        int width = Math.max(10, Math.min(40, screen.width() - label.length() - 10));
        return new ProgressBar(label, show ? System.err : null, width);
    }

    @Override
    public synchronized void accept(double fraction) {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        if ((now - start) / 1_000_000 < DELAY_MS || percent == lastPercent
                || (lastPaint != 0 && (now - lastPaint) / 1_000_000 < REPAINT_MS)) {
            return;
        }
        lastPaint = now;
        lastPercent = percent;
        int filled = percent * width / 100;
        String line = label + " [" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + percent + "%";
        out.print("\r" + line);
        out.flush();
        lastLength = line.length();
    }

    /** Wipes the bar, if one was drawn. */
    @Override
    public synchronized void close() {
        if (out != null && lastLength > 0) {
            out.print("\r" + " ".repeat(lastLength) + "\r");
            out.flush();
            lastLength = 0;
        }
    }
}
