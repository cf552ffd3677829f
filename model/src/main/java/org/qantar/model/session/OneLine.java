package org.qantar.model.session;

/**
 * Makes text safe to show as one line of an error message. Messages quote parts of untrusted files
 * (field names, values, parser complaints), which may hold line breaks, control characters or
 * megabytes of text; none of that may break the shell's one-line error contract.
 */
final class OneLine {

    static final int MAX_LENGTH = 300;

    private OneLine() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        for (int i = 0; i < text.length() && b.length() <= MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                b.append('?');
            } else {
                b.append(c);
            }
        }
        String line = b.toString().strip();
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line;
    }
}
