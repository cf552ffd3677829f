package org.qantar.shell.config;

import org.jline.terminal.Terminal;
import org.qantar.shell.render.Screen;

import java.util.function.Supplier;

/**
 * The {@link Screen} commands render for. Without a terminal (one-shot commands, scripts, pipes)
 * the width is the system property {@code qantar.columns} (the launcher passes the terminal's),
 * else {@code $COLUMNS}, else 100; colour is on only when stdout is a terminal and {@code NO_COLOR}
 * is unset or empty ({@code qantar.colour=always|never} overrides). In the interactive shell
 * {@link #followTerminal} makes both follow the JLine terminal, resizes included.
 */
public final class ScreenSettings implements Supplier<Screen> {

    static final int DEFAULT_WIDTH = 100;

    private volatile Supplier<Screen> source;

    public ScreenSettings(Screen fixed) {
        this.source = () -> fixed;
    }

    /** Settings read from system properties and the environment, as described above. */
    public static ScreenSettings fromSystem() {
        return new ScreenSettings(new Screen(columns(), colour(stdoutIsTerminal())));
    }

    @Override
    public Screen get() {
        return source.get();
    }

    /** Render for this terminal from now on. */
    public void followTerminal(Terminal terminal) {
        boolean colour = colour(!Terminal.TYPE_DUMB.equals(terminal.getType()));
        this.source = () -> new Screen(terminal.getWidth() > 0 ? terminal.getWidth() : DEFAULT_WIDTH, colour);
    }

    static boolean colour(boolean capable) {
        String forced = System.getProperty("qantar.colour", "auto");
        if (forced.equals("always")) {
            return true;
        }
        if (forced.equals("never")) {
            return false;
        }
        String noColor = System.getenv("NO_COLOR");
        return capable && (noColor == null || noColor.isEmpty());
    }

    private static boolean stdoutIsTerminal() {
        String tty = System.getProperty("qantar.tty");
        if (tty != null) {
            return Boolean.parseBoolean(tty);
        }
        return System.console() != null;
    }

    private static int columns() {
        for (String candidate : new String[] {System.getProperty("qantar.columns"), System.getenv("COLUMNS")}) {
            if (candidate != null) {
                try {
                    int c = Integer.parseInt(candidate.strip());
                    if (c > 0) {
                        return c;
                    }
                } catch (NumberFormatException ignored) {
                    // fall through to the next candidate
                }
            }
        }
        return DEFAULT_WIDTH;
    }
}
