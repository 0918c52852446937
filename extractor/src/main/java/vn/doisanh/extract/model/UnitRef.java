package vn.doisanh.extract.model;

/** The unit a report was matched to in the registry. */
public record UnitRef(String code, String name, String type) {
}
