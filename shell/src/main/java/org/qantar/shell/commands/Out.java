package org.qantar.shell.commands;

/** Spring Shell prints a command's returned text with println: the views' last newline must go. */
final class Out {

    private Out() {
    }

    static String text(String rendered) {
        return rendered.endsWith("\n") ? rendered.substring(0, rendered.length() - 1) : rendered;
    }
}
