package org.qantar.rules.kb;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;

import static org.assertj.core.api.Assertions.assertThat;

class DrlClaimReaderTest {

    private static final String RULE = """
            package org.qantar.kb;

            import org.qantar.rules.drools.Stratum;

            // ---------------------------------------------------------------
            // The Russia Factor
            // ---------------------------------------------------------------

            rule "Russian forces leave because Beijing wants no foreign troops"
                @claim("cornell-11") @source("cornell-ni") @confidence("likely")
                @section("The Russia Factor")
                @quote("China has made it clear it wants to see no \\"foreign\\" forces")
                @paraphrase("Beijing's opposition pushes the CSTO to leave.")
            when
                $s : Stratum()
                Holds( stratum == $s, literal == "china_opposes_foreign_forces" )
                Holds( stratum == $s, literal == "!russia_seeks_base" )
                not Defeater( stratum == $s, literal == "moscow_demands" )
            then
                conclude(drools, $s, "!csto_stays");
            end
            """;

    @Test
    void reads_name_metadata_premises_unless_and_conclusion() {
        DrlClaimReader.Result r = new DrlClaimReader().read("x.drl", RULE);

        assertThat(r.problems()).isEmpty();
        assertThat(r.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("Russian forces leave because Beijing wants no foreign troops");
            assertThat(rule.meta("claim")).isEqualTo("cornell-11");
            assertThat(rule.meta("quote")).isEqualTo("China has made it clear it wants to see no \"foreign\" forces");
            assertThat(rule.premises()).containsExactly(Literal.parse("china_opposes_foreign_forces"),
                    Literal.parse("!russia_seeks_base"));
            assertThat(rule.unless()).containsExactly(Literal.parse("moscow_demands"));
            assertThat(rule.conclusion()).isEqualTo(Literal.parse("!csto_stays"));
            assertThat(rule.location()).isEqualTo("x.drl:9");
        });
    }

    @Test
    void a_stratum_pattern_for_the_claims_cut_is_read_and_one_narrower_than_its_confidence_is_reported() {
        String likely = RULE.replace("$s : Stratum()", "$s : Stratum( countsLikely )");
        String narrower = RULE.replace("$s : Stratum()", "$s : Stratum( countsPossible )");

        assertThat(new DrlClaimReader().read("x.drl", likely).problems()).isEmpty();
        assertThat(new DrlClaimReader().read("x.drl", likely).rules()).hasSize(1);
        assertThat(new DrlClaimReader().read("x.drl", narrower).problems()).singleElement().asString()
                .contains("x.drl:15").contains("likely claim binds $s : Stratum( countsLikely )");
    }

    @Test
    void a_pattern_outside_the_grammar_is_reported_not_guessed() {
        String odd = RULE.replace("Holds( stratum == $s, literal == \"!russia_seeks_base\" )",
                "Holds( literal == \"!russia_seeks_base\" )");

        DrlClaimReader.Result r = new DrlClaimReader().read("x.drl", odd);

        assertThat(r.problems()).singleElement().asString().contains("x.drl:17").contains("not a premise");
    }

    @Test
    void a_second_statement_in_the_consequence_is_reported() {
        String odd = RULE.replace("conclude(drools, $s, \"!csto_stays\");",
                "conclude(drools, $s, \"!csto_stays\");\n    System.out.println(1);");

        assertThat(new DrlClaimReader().read("x.drl", odd).problems()).singleElement().asString()
                .contains("one conclude");
    }

    @Test
    void a_rule_without_end_is_reported() {
        String odd = RULE.replace("end\n", "");

        assertThat(new DrlClaimReader().read("x.drl", odd).problems()).singleElement().asString().contains("no 'end'");
    }
}
