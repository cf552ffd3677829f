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

    private ErrorLine() {
    }

    public static String of(String message) {
        if (message == null) {
            return "";
        }
        String line = Text.printable(message.strip().replace("\r\n", "\n").replace('\n', ' '), false);
        StringBuilder b = new StringBuilder(Math.min(line.length(), MAX_LENGTH + 40));
        int i = 0;
        while (i < line.length() && b.length() < MAX_LENGTH) {
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
        }
        if (i < line.length()) {
            b.setLength(Math.min(b.length(), MAX_LENGTH));
            b.append(Text.ELLIPSIS).append(" (").append(String.format("%,d", line.length())).append(" characters)");
        }
        return b.toString().strip();
    }
}
