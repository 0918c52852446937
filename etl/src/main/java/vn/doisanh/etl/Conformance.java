package vn.doisanh.etl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.catalogue.IndicatorKind;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.units.UnitRegistry;

/**
 * Checks an extraction against the catalogue and the registry before anything is loaded. A whole extraction is
 * rejected when its unit is not in the registry or no fact survives; a single fact when its indicator is not a
 * reported one of the catalogue or its unit of measure differs from the catalogue's (values are compared across
 * units, so they must be in the same unit). The extractor should never produce these: this is the warehouse's
 * own gate, not a second extractor.
 */
final class Conformance {
    private final Catalogue catalogue;
    private final UnitRegistry registry;

    Conformance(Catalogue catalogue, UnitRegistry registry) {
        this.catalogue = catalogue;
        this.registry = registry;
    }

    /** A reason to keep something out of the warehouse; {@code indicator} is null for a whole extraction. */
    record Rejection(String code, String reason, String indicator) {
    }

    record Result(Optional<Rejection> whole, List<Fact> accepted, List<Rejection> rejectedFacts) {
    }

    Result check(Extraction extraction) {
        if (registry.byCode(extraction.unit().code()).isEmpty()) {
            return new Result(Optional.of(new Rejection("unknown_unit", "unit " + extraction.unit().code()
                    + " (" + extraction.unit().name() + ") is not in the unit registry", null)), List.of(), List.of());
        }
        List<Fact> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Fact fact : extraction.facts()) {
            Optional<Indicator> indicator = catalogue.find(fact.indicator());
            if (indicator.isEmpty()) {
                rejected.add(new Rejection("unknown_indicator", "indicator '" + fact.indicator()
                        + "' is not in the catalogue", fact.indicator()));
            } else if (indicator.get().kind() != IndicatorKind.REPORTED) {
                rejected.add(new Rejection("derived_indicator_reported", fact.indicator()
                        + " is derived: the warehouse computes it, a report cannot set it", fact.indicator()));
            } else if (!indicator.get().unit().equals(fact.unit())) {
                rejected.add(new Rejection("unit_mismatch", fact.indicator() + " is in " + fact.unit()
                        + " but the catalogue measures it in " + indicator.get().unit(), fact.indicator()));
            } else {
                accepted.add(fact);
            }
        }
        if (accepted.isEmpty()) {
            return new Result(Optional.of(new Rejection("no_facts", "the report was read but holds no figure "
                    + "of the catalogue", null)), List.of(), rejected);
        }
        return new Result(Optional.empty(), accepted, rejected);
    }
}
