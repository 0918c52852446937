package vn.doisanh.warehouse.query;

/** A unit as the warehouse's registry table has it; type is xa / phuong / dac_khu, typeVi as written. */
public record UnitInfo(String code, String name, String type, String typeVi, String formerDistrict,
        Long population, Double areaKm2) {
}
