package vn.doisanh.extract.rules;

import java.util.BitSet;

/** Character spans of the text already taken as a value: one number in a report is one figure. */
final class Claims {
    private final BitSet taken = new BitSet();

    boolean isTaken(int start, int end) {
        int next = taken.nextSetBit(start);
        return next >= 0 && next < end;
    }

    void take(int start, int end) {
        taken.set(start, end);
    }
}
