package org.qantar.shell.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain table that fits the screen: columns are as wide as their widest cell; when the whole is
 * too wide, wrapping columns give up width first (their text wraps onto more lines), then the
 * others are cut with an ellipsis. Headers are upper-case words; cells may carry a style, applied
 * after layout so that colour never upsets alignment. No trailing blanks.
 */
public final class Table {

    private static final int GAP = 2;
    private static final int MIN_WRAP = 12;
    private static final int MIN_CUT = 4;

    /** A column: its header, whether long text wraps (else it is cut), and whether it aligns right. */
    public record Column(String header, boolean wraps, boolean rightAligned) {
        public static Column of(String header) {
            return new Column(header, false, false);
        }

        public static Column wrapping(String header) {
            return new Column(header, true, false);
        }

        public static Column right(String header) {
            return new Column(header, false, true);
        }
    }

    /** One cell: plain text and the style to paint it in. */
    public record Cell(String text, Style style) {
        public Cell {
            text = text == null ? "" : text;
            style = style == null ? Style.NONE : style;
        }

        public static Cell of(String text) {
            return new Cell(text, Style.NONE);
        }
    }

    private final List<Column> columns;
    private final List<Cell[]> rows = new ArrayList<>();

    private Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public static Table of(Column... columns) {
        return new Table(Arrays.asList(columns));
    }

    public Table row(Cell... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    public Table row(String... cells) {
        return row(Arrays.stream(cells).map(Cell::of).toArray(Cell[]::new));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String render(Screen screen) {
        int[] widths = layout(screen.width());
        StringBuilder out = new StringBuilder();
        List<Cell> header = columns.stream().map(c -> new Cell(c.header(), Style.BOLD)).toList();
        appendRow(out, header.toArray(Cell[]::new), widths, screen);
        for (Cell[] row : rows) {
            appendRow(out, row, widths, screen);
        }
        return out.toString();
    }

    int[] layout(int width) {
        int n = columns.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            int w = Text.width(columns.get(i).header());
            for (Cell[] row : rows) {
                for (String line : row[i].text().split("\n")) {
                    w = Math.max(w, Text.width(line));
                }
            }
            widths[i] = w;
        }
        int available = width - GAP * (n - 1);
        int total = Arrays.stream(widths).sum();
        while (total > available && shrinkOne(widths, true)) {
            total--;
        }
        while (total > available && shrinkOne(widths, false)) {
            total--;
        }
        return widths;
    }

    /** Takes one column from the widest column of the kind asked for; false when none can give. */
    private boolean shrinkOne(int[] widths, boolean wrapping) {
        int best = -1;
        for (int i = 0; i < widths.length; i++) {
            Column c = columns.get(i);
            // A wrapping column keeps room for a few words: below that it turns into a letter column.
            int min = wrapping ? Math.max(MIN_WRAP, Text.width(c.header())) : Math.max(MIN_CUT, 1);
            if (c.wraps() == wrapping && widths[i] > min && (best < 0 || widths[i] > widths[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return false;
        }
        widths[best]--;
        return true;
    }

    private void appendRow(StringBuilder out, Cell[] cells, int[] widths, Screen screen) {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> cellLines = new ArrayList<>();
            for (String part : cells[i].text().split("\n", -1)) {
                if (columns.get(i).wraps()) {
                    cellLines.addAll(Text.wrap(part, widths[i]));
                } else {
                    cellLines.add(Text.truncate(part, widths[i]));
                }
            }
            lines.add(cellLines);
            height = Math.max(height, cellLines.size());
        }
        for (int l = 0; l < height; l++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                String text = l < lines.get(i).size() ? lines.get(i).get(l) : "";
                String pad = " ".repeat(Math.max(0, widths[i] - Text.width(text)));
                if (i > 0) {
                    line.append(" ".repeat(GAP));
                }
                // Paint the text only, never the padding, so that styles do not run into the gap.
                String painted = screen.paint(text, cells[i].style());
                line.append(columns.get(i).rightAligned() ? pad + painted : painted + pad);
            }
            out.append(stripTrailing(line.toString())).append('\n');
        }
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
