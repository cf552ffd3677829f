package org.qantar.shell.render;

import java.util.ArrayList;
import java.util.List;

/** Width arithmetic on plain text: wrapping, truncating and padding by code points. */
public final class Text {

    /** Marks text cut short. */
    public static final String ELLIPSIS = "…";

    private Text() {
    }

    /**
     * {@code s} with every terminal control character shown as an escape ({@code \e} for ESC,
     * {@code \xNN}, {@code \u009b}), so that text from a file (a note in a shared session) can
     * never move the cursor, set the title or clear the screen. Line breaks are kept when
     * {@code keepLineBreaks}, else shown as {@code \n}.
     */
    public static String printable(String s, boolean keepLineBreaks) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) && !(keepLineBreaks && c == '\n') && c != '\t';
            if (control && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b == null) {
                continue;
            }
            if (!control) {
                b.append(c);
            } else if (c == 0x1b) {
                b.append("\\e");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x80) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }

    public static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * Wraps {@code text} into lines of at most {@code width} columns, breaking at spaces; a word
     * longer than a line is cut. Existing line breaks are kept. Never returns an empty list.
     */
    public static List<String> wrap(String text, int width) {
        int w = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                while (width(word) > w) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    int cut = breakPoint(word, w);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                if (line.length() > 0 && width(line.toString()) + 1 + width(word) > w) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * {@code parts} joined by {@code separator} into lines of at most {@code width} columns,
     * breaking only between parts; a part longer than a line is wrapped on its own (the session
     * header between its parts, simulate's shares between entries). Never returns an empty list.
     */
    public static List<String> packParts(List<String> parts, String separator, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            String joined = line.isEmpty() ? part : line + separator + part;
            if (width(joined) <= width) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            List<String> wrapped = wrap(part, width);
            lines.addAll(wrapped.subList(0, wrapped.size() - 1));
            line.append(wrapped.get(wrapped.size() - 1));
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * Where to cut a word longer than a line of {@code width} columns: after its last {@code ,} or
     * {@code :} that fits (a JSON shape in a help text breaks between its fields, not inside a name;
     * newcomer #29), else at the width.
     */
    private static int breakPoint(String word, int width) {
        int limit = word.offsetByCodePoints(0, width);
        for (int i = limit - 1; i > 0; i--) {
            char c = word.charAt(i - 1);
            if (c == ',' || c == ':') {
                return i;
            }
        }
        return limit;
    }

    /** {@code s} cut to {@code width} columns, ending in {@link #ELLIPSIS} when cut. */
    public static String truncate(String s, int width) {
        if (width(s) <= width) {
            return s;
        }
        if (width <= 1) {
            return width == 1 ? ELLIPSIS : "";
        }
        return s.substring(0, s.offsetByCodePoints(0, width - 1)) + ELLIPSIS;
    }

    public static String padRight(String s, int width) {
        int n = width - width(s);
        return n <= 0 ? s : s + " ".repeat(n);
    }

    public static String padLeft(String s, int width) {
        int n = width - width(s);
        return n <= 0 ? s : " ".repeat(n) + s;
    }

    /** Lines of {@code text} wrapped to {@code width - indent.length()} and each prefixed with {@code indent}. */
    public static List<String> indentWrapped(String indent, String text, int width) {
        List<String> out = new ArrayList<>();
        for (String l : wrap(text, width - width(indent))) {
            out.add(indent + l);
        }
        return out;
    }
}
