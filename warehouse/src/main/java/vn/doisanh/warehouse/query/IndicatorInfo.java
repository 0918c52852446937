package vn.doisanh.warehouse.query;

/** A catalogue indicator as the warehouse holds it, with how it rolls up over time (flow, rate, stock, derived). */
public record IndicatorInfo(String id, String group, String kind, String unit, String direction, String measure,
        String nameVi, String nameEn, String definitionVi, String definitionEn, String formula) {
}
