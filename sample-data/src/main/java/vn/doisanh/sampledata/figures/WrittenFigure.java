package vn.doisanh.sampledata.figures;

import java.math.BigDecimal;
import java.util.Objects;

/** A figure as a report states it: one row of the ground truth. {@code value} is in the catalogue's unit. */
public record WrittenFigure(String indicator, BigDecimal value, FigureQualifier qualifier) {
    public WrittenFigure {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    public String key() {
        return indicator + "|" + qualifier.key();
    }
}
