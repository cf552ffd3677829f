package org.qantar.rules.kb;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.RecordedFact;
import org.qantar.model.Source;
import org.qantar.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KbValidatorTest {

    private static String rule(String meta, String premises, String conclusion) {
        return "rule \"r " + meta.hashCode() + premises.hashCode() + "\"\n" + meta + "\nwhen\n    $s : Stratum()\n"
                + premises + "then\n    conclude(drools, $s, \"" + conclusion + "\");\nend\n";
    }

    private static String meta(String id, String quote) {
        return "    @claim(\"" + id + "\") @source(\"a\") @confidence(\"likely\") @section(\"S\")\n"
                + "    @quote(\"" + quote + "\") @paraphrase(\"ours\")";
    }

    private static String holds(String... literals) {
        StringBuilder b = new StringBuilder();
        for (String l : literals) {
            b.append("    Holds( stratum == $s, literal == \"").append(l).append("\" )\n");
        }
        return b.toString();
    }

    private static List<String> validate(String drl, List<Position> positions, Set<String> compiled) {
        DrlClaimReader.Result read = new DrlClaimReader().read("a.drl", drl);
        List<org.qantar.model.Claim> claims = new ArrayList<>();
        read.rules().forEach(r -> KnowledgeBaseLoader.toClaim(r).ifPresent(claims::add));
        Source a = new Source("a", "A", null, null, null, null, "a.txt", "0".repeat(64), null);
        Source reprint = new Source("b", "B", null, null, null, null, "b.txt", "1".repeat(64), "a");
        List<Proposition> props = List.of(new Proposition("x", "X.", PropositionKind.DRIVER),
                new Proposition("y", "Y.", PropositionKind.OUTCOME), new Proposition("z", "Z.", PropositionKind.OUTCOME));
        KnowledgeBase kb = new KnowledgeBase(List.of(a, reprint), props, claims, positions, "t");
        return new KbValidator().validate(new KnowledgeBaseLoader.Loaded(kb, read.rules(), read.problems()), compiled);
    }

    @Test
    void a_sound_knowledge_base_has_no_problems() {
        String drl = rule(meta("a-01", "short quote"), holds("x"), "y") + rule(meta("a-02", "another"), holds("y"), "!z");

        assertThat(validate(drl, List.of(), Set.of("a-01", "a-02"))).isEmpty();
    }

    @Test
    void reports_each_kind_of_problem_on_its_own_line() {
        String longQuote = "word ".repeat(31).strip();
        String drl = rule("    @claim(\"a-01\") @source(\"a\") @section(\"S\") @quote(\"q\") @paraphrase(\"p\")", holds("x"), "y")
                + rule(meta("a-02", longQuote), holds("x", "!x"), "y")
                + rule(meta("a-02", "dup"), holds("x"), "w")
                + rule(meta("a-03", "q"), holds("x"), "y");
        List<Position> positions = List.of(new Position("b", "x", true, Confidence.STATED, "q"));

        List<String> problems = validate(drl, positions, Set.of("a-01", "a-02", "a-03"));

        assertThat(problems).anyMatch(p -> p.contains("has no @confidence"));
        assertThat(problems).anyMatch(p -> p.contains("quote has 31 words"));
        assertThat(problems).anyMatch(p -> p.contains("can never hold together"));
        assertThat(problems).anyMatch(p -> p.contains("claim id a-02 is already used"));
        assertThat(problems).anyMatch(p -> p.contains("unknown proposition w"));
        assertThat(problems).anyMatch(p -> p.contains("b is a reprint of a and adds no positions"));
        assertThat(problems).anyMatch(p -> p.contains("proposition z is used by no claim or position"));
    }

    private static List<String> validateRecord(List<RecordedFact> record) {
        String drl = rule(meta("a-01", "q"), holds("x"), "y") + rule(meta("a-02", "q"), holds("x"), "z");
        DrlClaimReader.Result read = new DrlClaimReader().read("a.drl", drl);
        List<org.qantar.model.Claim> claims = new ArrayList<>();
        read.rules().forEach(r -> KnowledgeBaseLoader.toClaim(r).ifPresent(claims::add));
        Source a = new Source("a", "A", null, null, null, null, "a.txt", "0".repeat(64), null);
        List<Proposition> props = List.of(new Proposition("x", "X.", PropositionKind.DRIVER),
                new Proposition("y", "Y.", PropositionKind.OUTCOME), new Proposition("z", "Z.", PropositionKind.OUTCOME),
                new Proposition("f", "F.", PropositionKind.FACT), new Proposition("g", "G.", PropositionKind.FACT));
        KnowledgeBase kb = new KnowledgeBase(List.of(a), props, claims, List.of(), record, "t");
        return new KbValidator().validate(new KnowledgeBaseLoader.Loaded(kb, read.rules(), read.problems()),
                Set.of("a-01", "a-02"));
    }

    @Test
    void a_sound_record_has_no_problems() {
        assertThat(validateRecord(List.of(new RecordedFact("f", true, List.of("a"), "it happened"),
                new RecordedFact("g", false, List.of("a"), "it did not")))).isEmpty();
    }

    @Test
    void the_record_is_checked_fact_by_fact() {
        List<String> problems = validateRecord(List.of(
                new RecordedFact("f", true, List.of("a"), "it happened"),
                new RecordedFact("f", false, List.of("nobody"), "word ".repeat(31).strip()),
                new RecordedFact("x", true, List.of("a"), "q"),
                new RecordedFact("w", true, List.of("a"), null)));

        assertThat(problems).anyMatch(p -> p.equals("record f is recorded twice"));
        assertThat(problems).anyMatch(p -> p.startsWith("record f: unknown source nobody"));
        assertThat(problems).anyMatch(p -> p.equals("record f: quote has 31 words, at most 30"));
        assertThat(problems).anyMatch(p -> p.startsWith("record x: x is a driver; only a fact is recorded"));
        assertThat(problems).anyMatch(p -> p.startsWith("record w: unknown proposition w"));
        assertThat(problems).anyMatch(p -> p.equals("record w has no quote"));
        assertThat(problems).anyMatch(p -> p.startsWith("fact g has no recorded value"));
        assertThat(problems).noneMatch(p -> p.startsWith("proposition f is used by no claim"));
    }

    @Test
    void compiled_rules_that_differ_from_the_rule_files_are_reported() {
        String drl = rule(meta("a-01", "q"), holds("x"), "y") + rule(meta("a-02", "q"), holds("y"), "z");

        assertThat(validate(drl, List.of(), Set.of("a-01", "a-09")))
                .singleElement().asString().contains("compiled only [a-09], read only [a-02]");
    }
}
