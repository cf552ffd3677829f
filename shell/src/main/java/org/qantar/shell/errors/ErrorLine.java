package org.qantar.shell.errors;

import org.qantar.shell.render.Text;

/**
 * An error message as the user sees it: one line, terminal control characters escaped, a word of
 * at most {@value #MAX_WORD} characters and a line of at most about {@value #MAX_LENGTH}. Messages quote the input they
 * refuse ({@code unknown proposition 'x'}, {@code unclosed quote in: ...}); a pasted megabyte must
 * not come back as a megabyte-long error line. Each long word is cut in its middle, so that the
 * message's own words and its hints ({@code did you mean ...}) survive.
 */
public final class ErrorLine {

    /** The most characters of one word of a message, and of the whole message, that are shown. */
    static final int MAX_WORD = 80;
    static final int MAX_LENGTH = 240;
    static final int MAX_LINES = 50;

    private ErrorLine() {
    }

    /** Each line shortened; a message of several lines (one per problem) keeps them, at most {@value #MAX_LINES}. */
    public static String of(String message) {
        if (message == null) {
            return "";
        }
        java.util.List<String> lines = message.strip().replace("\r\n", "\n").lines().toList();
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (String l : lines.subList(0, Math.min(lines.size(), MAX_LINES))) {
            shown.add(line(l));
        }
        if (lines.size() > MAX_LINES) {
            shown.add(Text.ELLIPSIS + " (" + (lines.size() - MAX_LINES) + " more lines)");
        }
        return String.join("\n", shown);
    }

    private static String line(String raw) {
        // A continuation line's indent is kept (a list of problems under its heading).
        String indent = raw.substring(0, raw.length() - raw.stripLeading().length()).replace("\t", "  ");
        String line = Text.printable(raw.strip(), false);
        StringBuilder b = new StringBuilder(Math.min(line.length(), 2 * MAX_LENGTH));
        int i = 0;
        while (i < line.length()) {
            int end = line.indexOf(' ', i);
            end = end < 0 ? line.length() : end;
            int length = end - i;
            if (length > MAX_WORD) {
                b.append(line, i, i + MAX_WORD / 2).append(Text.ELLIPSIS).append('(').append(String.format("%,d", length))
                        .append(" characters)").append(Text.ELLIPSIS).append(line, end - MAX_WORD / 4, end);
            } else {
                b.append(line, i, end);
            }
            if (end < line.length()) {
                b.append(' ');
            }
            i = end + 1;
            if (b.length() > 4 * MAX_LENGTH && i < line.length()) {
                // enough to cut from; the end of the line is taken from the line itself
                b.append(Text.ELLIPSIS).append(line, Math.max(i, line.length() - MAX_LENGTH / 3), line.length());
                break;
            }
        }
        if (b.length() > MAX_LENGTH) {
            // Keep the start (what was wrong) and the end (the hint: what to do instead).
            int head = MAX_LENGTH * 2 / 3;
            int tail = MAX_LENGTH / 3;
            String cut = " " + Text.ELLIPSIS + "(cut from " + String.format("%,d", line.length()) + " characters)"
                    + Text.ELLIPSIS + " ";
            b.replace(head, b.length() - tail, cut);
        }
        return indent + b.toString().strip();
    }
}
