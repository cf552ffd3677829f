package org.qantar.shell.config;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.qantar.shell.workbench.Workbench;
import org.springframework.shell.jline.PromptProvider;

/** {@code qantar [untitled · 3 assumed]> }: the session's name and how many assumptions are set. */
public final class QantarPrompt implements PromptProvider {

    private final Workbench workbench;

    public QantarPrompt(Workbench workbench) {
        this.workbench = workbench;
    }

    @Override
    public AttributedString getPrompt() {
        return new AttributedStringBuilder()
                .styled(AttributedStyle.BOLD, "qantar")
                .append(" [")
                .styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN), workbench.sessionName())
                .append(" \u00b7 ").append(String.valueOf(assumed())).append(" assumed]> ")
                .toAttributedString();
    }

    /** Plain text of the prompt, for tests and dumb terminals. */
    public String text() {
        return getPrompt().toString();
    }

    private int assumed() {
        return workbench.assumptions().size() + workbench.unknownAssumptions().size();
    }
}
