package org.qantar.rules.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The comments of a rule file in the engine's DRL shape, placed as a claim file keeps them, so that
 * {@code kb convert} loses none of an analyst's notes: the comment lines above each rule (its
 * {@link Block}), split around a section banner ({@code // ----} / {@code // Title} / {@code // ----}),
 * which the claim file says with a {@code section} line, and the comments after the last rule.
 * Comments inside a rule are not the claim format's (a claim has no place for them) and are not read.
 *
 * @param blocks   each rule's block, by the line its {@code rule} starts on
 * @param trailing the comment lines after the last rule
 */
public record DrlComments(Map<Integer, Block> blocks, List<String> trailing) {

    private static final Pattern DASHES = Pattern.compile("^[-= ]{3,}$");

    /**
     * The comment lines above one rule, written as the claim format writes a comment ({@code # text},
     * a bare {@code #}; "" for a blank line between comments): those before a banner, the banner's
     * title (null without one), those after it.
     */
    public record Block(List<String> beforeBanner, String bannerTitle, List<String> afterBanner) {
        public Block {
            beforeBanner = List.copyOf(beforeBanner);
            afterBanner = List.copyOf(afterBanner);
        }
    }

    public DrlComments {
        blocks = Map.copyOf(blocks);
        trailing = List.copyOf(trailing);
    }

    public Block before(ParsedRule rule) {
        return blocks.getOrDefault(rule.line(), new Block(List.of(), null, List.of()));
    }

    public static DrlComments read(String drl) {
        Map<Integer, Block> blocks = new HashMap<>();
        List<String> pending = new ArrayList<>();
        boolean inRule = false;
        String[] lines = drl.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (inRule) {
                inRule = !line.equals("end");
            } else if (line.startsWith("rule ")) {
                blocks.put(i + 1, block(pending));
                pending.clear();
                inRule = true;
            } else if (line.startsWith("//")) {
                pending.add(text(line));
            } else if (line.isEmpty()) {
                pending.add("");
            }
            // package and import lines are the DRL's own, not comments.
        }
        return new DrlComments(blocks, trimmed(pending));
    }

    private static Block block(List<String> lines) {
        for (int i = 0; i + 2 < lines.size(); i++) {
            String title = lines.get(i + 1).replaceFirst("^#", "").strip();
            if (isDashes(lines.get(i)) && !title.isEmpty() && !isDashes(title) && isDashes(lines.get(i + 2))) {
                return new Block(trimmed(lines.subList(0, i)), title, trimmed(lines.subList(i + 3, lines.size())));
            }
        }
        return new Block(List.of(), null, trimmed(lines));
    }

    /** A line of dashes (or equals signs) only: a banner's rule. */
    private static boolean isDashes(String comment) {
        String t = comment.replaceFirst("^#", "").strip();
        return DASHES.matcher(t).matches() && t.chars().filter(c -> c == '-' || c == '=').count() >= 3;
    }

    /** A DRL comment as a claim file's: {@code // text} becomes {@code # text}, a bare {@code //} a bare {@code #}. */
    private static String text(String line) {
        String t = line.substring(2).stripTrailing();
        return t.isEmpty() ? "#" : "#" + (t.startsWith(" ") ? t : " " + t);
    }

    /** Without blank lines at either end, and one blank line at most between paragraphs. */
    private static List<String> trimmed(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            boolean blank = l.isBlank();
            if (blank && (out.isEmpty() || out.get(out.size() - 1).isBlank())) {
                continue;
            }
            out.add(blank ? "" : l);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
