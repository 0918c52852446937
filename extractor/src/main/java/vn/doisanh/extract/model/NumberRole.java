package vn.doisanh.extract.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a number of a report is. Every number gets exactly one: a fact of the catalogue, a named role that is not a
 * fact of this unit and period, or {@link #UNREAD} when nothing says what it is. Unread numbers are where recall is
 * lost; naming them makes the loss visible on reports no one has labelled.
 */
public enum NumberRole {
    FACT,
    DATE,
    TIME_SPAN,
    DOCUMENT_NUMBER,
    LIST_NUMBER,
    ORDINAL,
    RANKING,
    TARGET,
    PREVIOUS_PERIOD,
    CHANGE,
    OTHER_UNIT,
    STAFF_MOVEMENT,
    BREAKDOWN_PART,
    /** "gần 4.900 hồ sơ": a rounded figure, never taken for the exact one. */
    APPROXIMATE,
    /** "dự thảo ghi 5.946 hồ sơ … điều chỉnh thành 6.074": the figure a correction replaces. */
    SUPERSEDED,
    NOT_IN_CATALOGUE,
    UNREAD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Neither a fact nor unread: the ledger can say why the number is not a figure of the report. */
    public boolean explained() {
        return this != FACT && this != UNREAD;
    }

    public static NumberRole ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown number role '" + code + "'; known: "
                        + Arrays.stream(values()).map(NumberRole::code).toList()));
    }
}
