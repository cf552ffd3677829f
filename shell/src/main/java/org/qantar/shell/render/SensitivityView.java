package org.qantar.shell.render;

import org.qantar.model.Literal;
import org.qantar.rules.analysis.SensitivityResult;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code sensitivity} as a tornado chart: one bar per driver that moves the target, biggest first,
 * growing left (red) when the driver holding makes the target less likely to be supported and
 * right (green) when more, scaled to the largest effect. Drivers with no effect at all are named
 * in one line below.
 */
public final class SensitivityView {

    private SensitivityView() {
    }

    public static String render(SensitivityResult result, Screen screen) {
        Literal target = result.targetLiteral();
        String what = target.proposition() + " SUPPORTED " + target.value();
        StringBuilder out = new StringBuilder();
        String head = "P(" + what + ") = " + Shares.percent(result.probability())
                + " with the free drivers drawn from their priors (" + Shares.count(result.samples())
                + " worlds, seed " + result.seed() + ")";
        Text.wrap(head, screen.width()).forEach(l -> out.append(l).append('\n'));
        List<SensitivityResult.DriverEffect> moving = new ArrayList<>();
        List<String> still = new ArrayList<>();
        for (SensitivityResult.DriverEffect e : result.drivers()) {
            if (e.effect() == 0 && e.interval().lower() == 0 && e.interval().upper() == 0) {
                still.add(e.driver());
            } else {
                moving.add(e);
            }
        }
        if (moving.isEmpty()) {
            out.append(result.drivers().isEmpty() ? "no free driver: every driver is assumed\n"
                    : "no driver moves it: its support does not depend on the free drivers\n");
        } else {
            Text.wrap("effect: how much the driver holding raises (+) or lowers (-) that chance, with its 95% margin",
                    screen.width()).forEach(l -> out.append(l).append('\n'));
            out.append('\n');
            double largest = moving.stream().mapToDouble(e -> Math.abs(e.effect())).max().orElse(1);
            boolean lowers = moving.stream().anyMatch(e -> e.effect() < 0);
            boolean raises = moving.stream().anyMatch(e -> e.effect() > 0);
            int driverWidth = moving.stream().mapToInt(e -> Text.width(e.driver())).max().orElse(6);
            // DRIVER, the bar, EFFECT (+0.00 ±0.00), IF TRUE, IF FALSE, and the gaps between them.
            int room = screen.width() - driverWidth - 11 - 7 - 8 - 4 * 2 - 1;
            int half = Math.max(4, Math.min(20, (lowers && raises) ? room / 2 : room));
            int left = lowers ? half : 0;
            int right = raises ? half : 0;
            String header = Text.padLeft(lowers ? "lowers" : "", left) + "│" + (raises ? "raises" : "");
            Table t = Table.of(Table.Column.of("DRIVER"), Table.Column.of(header),
                    Table.Column.right("EFFECT"), Table.Column.right("IF TRUE"), Table.Column.right("IF FALSE"));
            for (SensitivityResult.DriverEffect e : moving) {
                double margin = (e.interval().upper() - e.interval().lower()) / 2;
                t.row(Table.Cell.of(e.driver()),
                        new Table.Cell(bar(e.effect(), largest, left, right), e.effect() < 0 ? Style.RED : Style.GREEN),
                        Table.Cell.of(Shares.signed(e.effect()) + " ±" + String.format(java.util.Locale.ROOT, "%.2f", margin)),
                        Table.Cell.of(Shares.percent(e.whenTrue())), Table.Cell.of(Shares.percent(e.whenFalse())));
            }
            out.append(t.render(screen));
        }
        if (!still.isEmpty()) {
            out.append('\n');
            for (String line : Text.wrap("no effect: " + String.join(", ", still), screen.width())) {
                out.append(screen.paint(line, Style.DIM)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * {@code left} cells for lowering effects, the axis, {@code right} cells for raising ones; the
     * largest effect fills its side, and a non-zero effect gets at least one cell.
     */
    static String bar(double effect, double largest, int left, int right) {
        int side = effect < 0 ? left : right;
        int cells = effect == 0 ? 0 : Math.max(1, (int) Math.round(Math.abs(effect) / largest * side));
        String before = effect < 0 ? " ".repeat(left - cells) + "█".repeat(cells) : " ".repeat(left);
        String after = effect > 0 ? "█".repeat(cells) : "";
        return before + "│" + after;
    }
}
