package org.qantar.shell.render;

/** The few text styles the shell uses, as ANSI SGR codes. */
public enum Style {
    NONE(""),
    BOLD("1"),
    DIM("2"),
    RED("31"),
    GREEN("32"),
    YELLOW("33"),
    BLUE("34"),
    MAGENTA("35"),
    CYAN("36"),
    BOLD_RED("1;31");

    static final String RESET = "\u001b[0m";

    private final String code;

    Style(String code) {
        this.code = code;
    }

    String on() {
        return "\u001b[" + code + "m";
    }
}
