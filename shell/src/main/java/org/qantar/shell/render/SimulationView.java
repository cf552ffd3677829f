package org.qantar.shell.render;

import org.qantar.rules.analysis.Interval;
import org.qantar.rules.analysis.SimulationResult;
import org.qantar.rules.analysis.StatusValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code simulate} as text: one line per outcome with a bar a person reads at a glance — true on
 * the left, false on the right, the undecided in the middle — and the shares in words, largest
 * first. With colour the bar is blocks (green true, red false, yellow contested, dim open); without,
 * letters: {@code T} supported true, {@code t} plausible true, {@code ?} contested, {@code .} open,
 * {@code f} plausible false, {@code F} supported false.
 */
public final class SimulationView {

    /** The bar's order: true side, the undecided, false side. */
    private static final StatusValue[] ORDER = {StatusValue.SUPPORTED_TRUE, StatusValue.PLAUSIBLE_TRUE,
            StatusValue.CONTESTED, StatusValue.OPEN, StatusValue.PLAUSIBLE_FALSE, StatusValue.SUPPORTED_FALSE};

    private SimulationView() {
    }

    /**
     * @param drivers     free drivers, drawn in every world
     * @param withPrior   how many of them have a prior set (the others count as 0.5)
     * @param assumptions how many assumptions are held fixed
     */
    public static String render(SimulationResult result, int drivers, int withPrior, int assumptions, Screen screen) {
        StringBuilder out = new StringBuilder();
        String head = Shares.count(result.samples()) + " worlds (seed " + result.seed() + "): "
                + drivers + (drivers == 1 ? " free driver" : " free drivers")
                + (withPrior == 0 ? ", each true with probability 0.5 (no prior set)"
                        : " drawn from their priors (" + withPrior + " set, the rest 0.5)")
                + (assumptions == 0 ? "" : "; " + assumptions + (assumptions == 1 ? " assumption" : " assumptions")
                        + " held fixed");
        Text.wrap(head, screen.width()).forEach(l -> out.append(l).append('\n'));
        if (result.outcomes().isEmpty()) {
            return out.append("every outcome is assumed: nothing to simulate\n").toString();
        }
        double points = 100 * widestHalf(result);
        Text.wrap("shares are within ±" + String.format(java.util.Locale.ROOT, points < 0.1 ? "%.2f" : "%.1f", points)
                + " points at 95% (Wilson; --json gives every interval)", screen.width())
                .forEach(l -> out.append(l).append('\n'));
        out.append(legend(screen)).append("\n\n");
        int barWidth = Math.max(10, Math.min(30, screen.width() / 4));
        int idWidth = Math.min(screen.width() * 2 / 5,
                result.outcomes().stream().mapToInt(d -> Text.width(d.proposition())).max().orElse(0));
        String indent = " ".repeat(idWidth + barWidth + 4);
        int wordsWidth = Math.max(12, screen.width() - indent.length());
        // Laid out by hand rather than with Table: the bar carries several colours in one cell.
        for (SimulationResult.OutcomeDistribution d : result.outcomes()) {
            List<String> lines = wrapBetween(words(d), wordsWidth);
            out.append(Text.padRight(Text.truncate(d.proposition(), idWidth), idWidth)).append("  ")
                    .append(bar(d, barWidth, screen)).append("  ").append(lines.get(0)).append('\n');
            for (String more : lines.subList(1, lines.size())) {
                out.append(indent).append(more).append('\n');
            }
        }
        return out.toString();
    }

    private static double widestHalf(SimulationResult result) {
        double widest = 0;
        for (SimulationResult.OutcomeDistribution d : result.outcomes()) {
            for (Interval i : d.intervals().values()) {
                widest = Math.max(widest, (i.upper() - i.lower()) / 2);
            }
        }
        return widest;
    }

    /** The legend, wrapped at the screen width between entries (never inside one). */
    static String legend(Screen screen) {
        StringBuilder s = new StringBuilder();
        int column = 0;
        for (StatusValue sv : ORDER) {
            String plain = glyph(sv, screen) + " " + sv.label();
            if (column > 0 && column + 2 + Text.width(plain) > screen.width()) {
                s.append('\n');
                column = 0;
            } else if (column > 0) {
                s.append("  ");
                column += 2;
            }
            s.append(screen.paint(glyph(sv, screen), style(sv))).append(' ').append(sv.label());
            column += Text.width(plain);
        }
        return s.toString();
    }

    /** The bar, painted run by run (colour codes take no width in the table: it pads by plain width). */
    static String bar(SimulationResult.OutcomeDistribution d, int width, Screen screen) {
        double[] shares = new double[ORDER.length];
        for (int i = 0; i < ORDER.length; i++) {
            shares[i] = d.probability(ORDER[i]);
        }
        int[] cells = Shares.apportion(shares, width);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ORDER.length; i++) {
            if (cells[i] > 0) {
                s.append(screen.paint(glyph(ORDER[i], screen).repeat(cells[i]), style(ORDER[i])));
            }
        }
        return s.toString();
    }

    /**
     * The shares' words, broken between entries (newcomer #35: "SUPPORTED" / "false 24%" at 130
     * columns); an entry longer than a line is wrapped on its own.
     */
    static List<String> wrapBetween(String words, int width) {
        String[] entries = words.split(", ");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            parts.add(entries[i] + (i < entries.length - 1 ? "," : ""));
        }
        return Text.packParts(parts, " ", width);
    }

    /** The non-zero shares, largest first: {@code SUPPORTED true 62%, CONTESTED 30%, OPEN 8%}. */
    static String words(SimulationResult.OutcomeDistribution d) {
        List<StatusValue> present = new ArrayList<>();
        for (StatusValue sv : ORDER) {
            if (d.probability(sv) > 0) {
                present.add(sv);
            }
        }
        present.sort(Comparator.comparingDouble((StatusValue sv) -> -d.probability(sv)));
        List<String> parts = new ArrayList<>();
        for (StatusValue sv : present) {
            parts.add(sv.label() + " " + Shares.percent(d.probability(sv)));
        }
        return String.join(", ", parts);
    }

    /** Letters, with colour or without: the glyphs differ for readers who cannot tell the colours apart. */
    private static String glyph(StatusValue sv, Screen screen) {
        return switch (sv) {
            case SUPPORTED_TRUE -> "T";
            case PLAUSIBLE_TRUE -> "t";
            case CONTESTED -> "?";
            case OPEN -> ".";
            case PLAUSIBLE_FALSE -> "f";
            case SUPPORTED_FALSE -> "F";
        };
    }

    /** The colour scheme of {@link StatusText#style(org.qantar.rules.Status, Boolean)}. */
    private static Style style(StatusValue sv) {
        return switch (sv) {
            case SUPPORTED_TRUE -> StatusText.style(org.qantar.rules.Status.SUPPORTED, true);
            case PLAUSIBLE_TRUE -> StatusText.style(org.qantar.rules.Status.PLAUSIBLE, true);
            case SUPPORTED_FALSE -> StatusText.style(org.qantar.rules.Status.SUPPORTED, false);
            case PLAUSIBLE_FALSE -> StatusText.style(org.qantar.rules.Status.PLAUSIBLE, false);
            case CONTESTED -> StatusText.style(org.qantar.rules.Status.CONTESTED, null);
            case OPEN -> StatusText.style(org.qantar.rules.Status.OPEN, null);
        };
    }
}
