package vn.doisanh.extract.model;

import java.util.List;

/**
 * One number of a report and its role. {@code indicator} is set for a fact; {@code cue} names the entry of
 * {@code rules/number-roles.tsv} (or the structural test) that explained a non-fact; {@code candidates} are the
 * indicators whose words occur in an unread number's sentence, for the analyst who assigns it.
 */
public record LedgerEntry(String number, int offset, String location, NumberRole role, String indicator, String cue,
                          List<String> candidates, String sentence) {
    public LedgerEntry {
        candidates = List.copyOf(candidates);
    }
}
