package org.qantar.shell.render;

import org.qantar.rules.analysis.EnumerationResult;
import org.qantar.rules.analysis.StatusValue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scenarios} as text: how many worlds and profiles; each outcome's usual status, once, with
 * its share of the worlds; then each profile, largest first, with its share, the driver values
 * that define it (the same in all its worlds), only the outcomes that differ from their usual
 * status, and the other driver values of one world that gives it. "Usual" means a real majority:
 * the status-and-value an outcome has in more than half of the worlds; an outcome without one is
 * named as such, and each profile shows its value.
 */
public final class ScenariosView {

    private ScenariosView() {
    }

    /** @param limit how many profiles to show; 0 shows all */
    public static String render(EnumerationResult result, int limit, Screen screen) {
        StringBuilder out = new StringBuilder();
        List<EnumerationResult.Profile> profiles = result.profiles();
        out.append(Shares.count(result.worlds())).append(result.worlds() == 1 ? " world" : " worlds").append(" over ")
                .append(result.drivers().size()).append(result.drivers().size() == 1 ? " driver" : " drivers")
                .append(": ").append(profiles.size()).append(profiles.size() == 1 ? " outcome profile" : " distinct outcome profiles")
                .append('\n');
        if (!result.leftUnassumed().isEmpty()) {
            wrap(out, "left unassumed (neither true nor false): " + String.join(", ", result.leftUnassumed()), "", screen, Style.DIM);
        }
        Map<String, Usual> usualWithShare = usualOutcomes(result);
        Map<String, StatusValue> usual = new LinkedHashMap<>();
        usualWithShare.forEach((id, u) -> usual.put(id, u.value()));
        if (!usual.isEmpty()) {
            wrap(out, "usually (in more than half the worlds): " + groupedWithShares(usualWithShare), "", screen,
                    Style.NONE);
        }
        List<String> noMajority = profiles.isEmpty() ? List.of() : profiles.get(0).outcomes().keySet().stream()
                .filter(id -> !usual.containsKey(id)).toList();
        if (!noMajority.isEmpty()) {
            wrap(out, "no status in more than half the worlds: " + String.join(", ", noMajority), "", screen,
                    Style.NONE);
        }
        int shown = limit <= 0 ? profiles.size() : Math.min(limit, profiles.size());
        for (int i = 0; i < shown; i++) {
            EnumerationResult.Profile p = profiles.get(i);
            out.append('\n');
            String head = (i + 1) + ". " + Shares.count(p.count()) + (p.count() == 1 ? " world (" : " worlds (")
                    + share(p.share()) + ")";
            out.append(screen.paint(head, Style.BOLD)).append('\n');
            String indent = " ".repeat(String.valueOf(i + 1).length() + 2);
            wrap(out, "when " + (p.conditions().isEmpty() ? "(no driver value is common to all its worlds)"
                    : String.join(", ", p.conditions())), indent, screen, Style.NONE);
            Map<String, StatusValue> unusual = new LinkedHashMap<>();
            Map<String, StatusValue> varying = new LinkedHashMap<>();
            p.outcomes().forEach((id, sv) -> {
                if (!usual.containsKey(id)) {
                    varying.put(id, sv);
                } else if (usual.get(id) != sv) {
                    unusual.put(id, sv);
                }
            });
            if (!unusual.isEmpty() || varying.isEmpty()) {
                wrap(out, unusual.isEmpty() ? "every outcome as usual" : "unlike usual: " + grouped(unusual),
                        indent, screen, Style.NONE);
            }
            if (!varying.isEmpty()) {
                wrap(out, "without a usual status: " + grouped(varying), indent, screen, Style.NONE);
            }
            List<String> rest = p.representative().stream().filter(l -> !p.conditions().contains(l)).toList();
            if (!rest.isEmpty()) {
                wrap(out, "e.g. with " + String.join(", ", rest), indent, screen, Style.DIM);
            }
        }
        if (shown < profiles.size()) {
            out.append('\n').append("... ").append(profiles.size() - shown)
                    .append(" more (--limit 0 shows all, --json gives all)\n");
        }
        return out.toString();
    }

    /** An outcome's usual status-and-value and the share of the worlds in which it has it. */
    record Usual(StatusValue value, double share) {
    }

    /**
     * Each outcome's status-and-value in more than half of the worlds, with that share, in
     * knowledge-base order; an outcome with no such majority is left out.
     */
    static Map<String, Usual> usualOutcomes(EnumerationResult result) {
        long worlds = result.worlds();
        Map<String, Usual> usual = new LinkedHashMap<>();
        result.worldsByStatus().forEach((id, c) -> {
            for (int i = 0; i < c.length; i++) {
                if (2 * c[i] > worlds) {
                    usual.put(id, new Usual(StatusValue.values()[i], (double) c[i] / worlds));
                }
            }
        });
        return usual;
    }

    /** {@code SUPPORTED true: a (100%), b (75%); CONTESTED: c (60%)}. */
    private static String groupedWithShares(Map<String, Usual> usual) {
        Map<StatusValue, List<String>> byStatus = new EnumMap<>(StatusValue.class);
        usual.forEach((id, u) -> byStatus.computeIfAbsent(u.value(), k -> new ArrayList<>())
                .add(id + " (" + Shares.percent(u.share()) + ")"));
        List<String> parts = new ArrayList<>();
        byStatus.forEach((sv, ids) -> parts.add(sv.label() + ": " + String.join(", ", ids)));
        return String.join("; ", parts);
    }

    private static String share(double share) {
        return String.format(java.util.Locale.ROOT, share >= 0.001 ? "%.1f%%" : "%.3f%%", 100 * share);
    }

    /** {@code SUPPORTED true: a, b; CONTESTED: c}, status-values in their usual order. */
    static String grouped(Map<String, StatusValue> outcomes) {
        Map<StatusValue, List<String>> byStatus = new EnumMap<>(StatusValue.class);
        outcomes.forEach((id, sv) -> byStatus.computeIfAbsent(sv, k -> new ArrayList<>()).add(id));
        List<String> parts = new ArrayList<>();
        byStatus.forEach((sv, ids) -> parts.add(sv.label() + ": " + String.join(", ", ids)));
        return String.join("; ", parts);
    }

    private static void wrap(StringBuilder out, String text, String indent, Screen screen, Style style) {
        for (String line : Text.indentWrapped(indent, text, screen.width())) {
            out.append(style == Style.NONE ? line : indent + screen.paint(line.substring(indent.length()), style))
                    .append('\n');
        }
    }
}
