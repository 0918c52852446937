package vn.doisanh.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.doisanh.catalogue.Catalogue;

class FormulaSqlTest {
    @Test
    void divisionsGoThroughSafeDivAndPrecedenceIsKept() {
        FormulaSql.Compiled compiled = FormulaSql.compile("civil_servants_present / population * 10000");
        assertThat(compiled.sql())
                .isEqualTo("(safe_div(\"civil_servants_present\", \"population\") * CAST(10000 AS DOUBLE))");
        assertThat(compiled.inputs()).containsExactly("civil_servants_present", "population");
    }

    @Test
    void subtractionsAssociateToTheLeft() {
        assertThat(FormulaSql.compile("cases_received - cases_on_time - cases_overdue").sql())
                .isEqualTo("((\"cases_received\" - \"cases_on_time\") - \"cases_overdue\")");
    }

    @Test
    void parenthesesAndUnaryMinusAreUnderstood() {
        assertThat(FormulaSql.compile("-(a + b) / 2").sql()).isEqualTo("safe_div((-(\"a\" + \"b\")), CAST(2 AS DOUBLE))");
    }

    @Test
    void anythingOutsideTheGrammarIsRejectedWithTheFormula() {
        assertThatThrownBy(() -> FormulaSql.compile("population; DROP TABLE x"))
                .hasMessageContaining("formula 'population; DROP TABLE x'");
        assertThatThrownBy(() -> FormulaSql.compile("(a + b")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> FormulaSql.compile("a +")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> FormulaSql.compile("Population")).hasMessageContaining("cannot read");
    }

    @Test
    void everyDerivedIndicatorOfTheCatalogueCompiles() {
        DerivedIndicatorSql sql = new DerivedIndicatorSql(Catalogue.load());
        assertThat(sql.derivedSelects()).contains("'civil_servants_per_10k' AS indicator", "'pending_cases'",
                "'budget_revenue_per_person'", "'population_density'", "'on_time_rate_computed_pct'");
        assertThat(sql.inputColumns()).contains("\"population__from_registry\"", "\"area_km2__from_registry\"");
    }
}
