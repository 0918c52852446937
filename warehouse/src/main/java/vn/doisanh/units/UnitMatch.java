package vn.doisanh.units;

import java.util.List;

/** The outcome of matching a name written in a report against the registry. */
public sealed interface UnitMatch {

    record Found(Unit unit) implements UnitMatch {
    }

    /** Several units fold to the same name (e.g. "Cam Giang" without diacritics). */
    record Ambiguous(String query, List<Unit> candidates) implements UnitMatch {
    }

    /** No unit has that name; {@link UnitRegistry#nearest} suggests the closest ones for a message. */
    record Unknown(String query) implements UnitMatch {
    }
}
