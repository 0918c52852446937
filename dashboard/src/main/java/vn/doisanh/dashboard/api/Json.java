package vn.doisanh.dashboard.api;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;
import vn.doisanh.warehouse.query.UnitInfo;

/** The shapes the API repeats (a unit, a period, an indicator), written once so every endpoint agrees. */
final class Json {
    private Json() {
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }

    static Map<String, Object> unit(UnitDirectoryQuery.Entry entry) {
        UnitInfo u = entry.unit();
        return object("code", u.code(), "name", u.name(), "type", u.type(), "typeVi", u.typeVi(),
                "formerDistrict", u.formerDistrict(), "population", u.population(), "areaKm2", u.areaKm2(),
                "mergedFrom", entry.mergedFrom(), "synthetic", entry.synthetic());
    }

    static Map<String, Object> period(Frame frame) {
        return object("key", frame.periodKey(), "start", frame.start(), "end", frame.end(), "label", frame.label(),
                "units", frame.units());
    }

    static Map<String, Object> indicator(Indicator i) {
        return object("id", i.id(), "nameVi", i.nameVi(), "nameEn", i.nameEn(), "group", i.group(),
                "kind", i.kind().code(), "unit", i.unit(), "direction", i.direction().code(),
                "definitionVi", i.definitionVi(), "definitionEn", i.definitionEn(), "formula", i.formula());
    }

    static Map<String, Object> snapshot(Snapshots.Current current) {
        return object("id", current.id(), "builtAt", current.info().builtAt(),
                "catalogueVersion", current.info().catalogueVersion());
    }
}
