package vn.doisanh.extract.model;

import java.util.List;

/** Every number of one report with its role, in text order. */
public record NumberLedger(List<LedgerEntry> entries) {
    public static final NumberLedger EMPTY = new NumberLedger(List.of());

    public NumberLedger {
        entries = List.copyOf(entries);
    }

    public int seen() {
        return entries.size();
    }

    public int facts() {
        return count(NumberRole.FACT);
    }

    public int unread() {
        return count(NumberRole.UNREAD);
    }

    public int explained() {
        return seen() - facts() - unread();
    }

    /** The share of numbers with a role other than unread; 1 for a report without numbers. */
    public double coverage() {
        return seen() == 0 ? 1 : (double) (seen() - unread()) / seen();
    }

    public List<LedgerEntry> unreadEntries() {
        return entries.stream().filter(e -> e.role() == NumberRole.UNREAD).toList();
    }

    private int count(NumberRole role) {
        return (int) entries.stream().filter(e -> e.role() == role).count();
    }
}
