package org.qantar.rules.workbench.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.RecordedFact;
import org.qantar.model.Source;
import org.qantar.model.json.Json;
import org.qantar.rules.Evaluation;
import org.qantar.rules.Justification;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;
import org.qantar.rules.Tension;
import org.qantar.rules.workbench.Conflict;

import java.util.List;

/**
 * The stable JSON the shell prints under {@code --json}. Each shape is a record here, so the
 * field names and their order are fixed in one place (README documents them). Every document is
 * one object with one top-level key naming its content, except the evaluation, whose shape is
 * {@code evaluate --json}'s:
 * <pre>
 * {"assumptions":["a","!b"],"lens":["src",...],
 *  "propositions":[{"id","status","value","supportedBy":[claim ids],"contestedBy":{"true":[...],"false":[...]},
 *                   "kind","strength","dissent":[claim ids],"counterfactual"}],
 *  "tensions":[{"proposition","claim","source"}],"record":true,"minConfidence":"possible"}
 * </pre>
 * {@code value} is true/false, or null for CONTESTED and OPEN; {@code lens} lists the counted
 * sources (all of them when no lens is set); {@code strength} is stated, likely, possible or null.
 * Fields are only ever added, at the end of their object.
 */
public final class JsonViews {

    private JsonViews() {
    }

    public record EvaluationJson(List<String> assumptions, List<String> lens, List<PropositionJson> propositions,
                                 List<Tension> tensions, boolean record, String minConfidence) {
    }

    public record PropositionJson(String id, String status, Boolean value, List<String> supportedBy,
                                  ContestedBy contestedBy, String kind, String strength, List<String> dissent,
                                  boolean counterfactual) {
    }

    /** The claims on each side of a contest (both empty unless CONTESTED). */
    public record ContestedBy(@JsonProperty("true") List<String> whenTrue,
                              @JsonProperty("false") List<String> whenFalse) {
    }

    public record SourcesJson(List<Source> sources) {
    }

    public record PropositionsJson(List<Proposition> propositions) {
    }

    public record ClaimsJson(List<Claim> claims) {
    }

    public record PositionsJson(List<Position> positions) {
    }

    public record TensionsJson(List<Tension> tensions) {
    }

    /** A conflict: the proposition, its current status and value, and each side's claims. */
    public record ConflictJson(String proposition, String status, Boolean value, Sides claims) {
    }

    public record Sides(@JsonProperty("true") List<ClaimRef> whenTrue,
                        @JsonProperty("false") List<ClaimRef> whenFalse) {
    }

    public record ClaimRef(String claim, String source) {
    }

    public record ConflictsJson(List<ConflictJson> conflicts) {
    }

    /**
     * {@code why --json}: {"proposition","status","value","support":[claim],"contested":{"true":[claim],
     * "false":[claim]},"tensions":[claim],"strength","counterfactual","dissent":[claim],
     * "record":{"proposition","value","sources","quote"}|null} where a claim is {"claim","source","confidence","quote",
     * "conclusion","premises":[{"literal","status","assumed","shownAbove","because":[claim],"strength"}],"defeatedBy":[literal]}.
     */
    public record WhyJson(String proposition, String status, Boolean value, List<ClaimNodeJson> support,
                          ContestedNodes contested, List<ClaimNodeJson> tensions, String strength,
                          boolean counterfactual, List<ClaimNodeJson> dissent, RecordedFact record) {
    }

    public record ContestedNodes(@JsonProperty("true") List<ClaimNodeJson> whenTrue,
                                 @JsonProperty("false") List<ClaimNodeJson> whenFalse) {
    }

    public record ClaimNodeJson(String claim, String source, String confidence, String quote, String conclusion,
                                List<PremiseJson> premises, List<String> defeatedBy) {
    }

    public record PremiseJson(String literal, String status, boolean assumed, boolean shownAbove,
                              List<ClaimNodeJson> because, String strength) {
    }

    /** {@code why --json}; {@code record} is the record's entry for a RECORDED proposition, else null. */
    public static String why(Justification j, RecordedFact record) {
        return Json.write(new WhyJson(j.proposition(), j.status().status().name(), j.status().value(),
                nodes(j.support()), new ContestedNodes(nodes(j.supportTrue()), nodes(j.supportFalse())),
                nodes(j.tensions()), label(j.status().strength()), j.status().counterfactual(), nodes(j.dissent()),
                j.status().status() == Status.RECORDED ? record : null));
    }

    public static String why(Justification j) {
        return why(j, null);
    }

    private static String label(Confidence c) {
        return c == null ? null : c.label();
    }

    private static List<ClaimNodeJson> nodes(List<Justification.ClaimNode> nodes) {
        return nodes.stream().map(n -> new ClaimNodeJson(n.claim(), n.source(), n.confidence().label(), n.quote(),
                n.conclusion().toString(),
                n.premises().stream().map(p -> new PremiseJson(p.literal().toString(), p.status(), p.assumed(),
                        p.shownAbove(), nodes(p.because()), label(p.strength()))).toList(),
                n.defeatedBy().stream().map(Literal::toString).toList())).toList();
    }

    public static String evaluation(Evaluation e) {
        return Json.write(evaluationJson(e));
    }

    public static EvaluationJson evaluationJson(Evaluation e) {
        return new EvaluationJson(e.assumptions().stream().map(Literal::toString).toList(), e.lens(),
                e.statuses().stream().map(s -> proposition(s, e)).toList(), e.tensions(), e.record(),
                e.minConfidence().label());
    }

    private static PropositionJson proposition(PropositionStatus s, Evaluation e) {
        PropositionKind kind = e.kind(s.id());
        return new PropositionJson(s.id(), s.status().name(), s.value(), s.supportedBy(),
                new ContestedBy(s.contestedTrue(), s.contestedFalse()), kind == null ? null : kind.label(),
                label(s.strength()), s.dissent(), s.counterfactual());
    }

    public static String sources(List<Source> sources) {
        return Json.write(new SourcesJson(sources));
    }

    public static String propositions(List<Proposition> propositions) {
        return Json.write(new PropositionsJson(propositions));
    }

    public static String claims(List<Claim> claims) {
        return Json.write(new ClaimsJson(claims));
    }

    public static String positions(List<Position> positions) {
        return Json.write(new PositionsJson(positions));
    }

    public static String tensions(List<Tension> tensions) {
        return Json.write(new TensionsJson(tensions));
    }

    public static String conflicts(List<Conflict> conflicts) {
        return Json.write(new ConflictsJson(conflicts.stream().map(c -> new ConflictJson(c.proposition(),
                c.status().status().name(), c.status().value(),
                new Sides(refs(c.forTrue()), refs(c.forFalse())))).toList()));
    }

    private static List<ClaimRef> refs(List<Claim> claims) {
        return claims.stream().map(c -> new ClaimRef(c.id(), c.source())).toList();
    }
}
