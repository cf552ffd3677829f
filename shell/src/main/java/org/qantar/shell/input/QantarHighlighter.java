package org.qantar.shell.input;

import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.qantar.shell.render.Screen;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandHighlighter;

import java.util.function.Supplier;

/** Spring Shell's highlighting of the line being typed, off when colour is (NO_COLOR). */
public final class QantarHighlighter extends CommandHighlighter {

    private final Supplier<Screen> screen;

    public QantarHighlighter(CommandRegistry registry, Supplier<Screen> screen) {
        super(registry);
        this.screen = screen;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return screen.get().colour() ? super.highlight(reader, buffer) : new AttributedString(buffer);
    }
}
