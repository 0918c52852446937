package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Character spans of the text already taken as a value: one number in a report is one figure. Each span keeps
 * the indicator it was taken for, so the number ledger can say which number became which fact.
 */
final class Claims {
    private final BitSet taken = new BitSet();
    private final List<TakenNumber> spans = new ArrayList<>();

    boolean isTaken(int start, int end) {
        int next = taken.nextSetBit(start);
        return next >= 0 && next < end;
    }

    void take(int start, int end, String indicator) {
        taken.set(start, end);
        spans.add(new TakenNumber(start, end, indicator));
    }

    /** Out of play for every rule, but no fact: the ledger names it from its {@link SetAside}. */
    void setAside(int start, int end) {
        taken.set(start, end);
    }

    /** No longer a fact, and still out of play: the reader took it, then found the report itself disowns it. */
    void release(TakenNumber span) {
        spans.remove(span);
    }

    List<TakenNumber> spans() {
        return List.copyOf(spans);
    }
}
