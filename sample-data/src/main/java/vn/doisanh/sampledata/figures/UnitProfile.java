package vn.doisanh.sampledata.figures;

import java.math.BigDecimal;
import java.util.List;
import vn.doisanh.units.Unit;

/**
 * What stays put about a unit across quarters: its size, its organisation and its staffing structure, plus the
 * intensities (cases, documents, revenue per person) the quarterly figures are drawn around.
 *
 * @param staffBeforeMerger civil servants of each former unit before the merger; empty when the merger was too
 *                          large to list them (the total is still in {@code staffBeforeMergerTotal})
 */
public record UnitProfile(
        Unit unit,
        long population,
        BigDecimal areaKm2,
        int villages,
        long households,
        long ethnicMinority,
        List<Part> religions,
        int departments,
        List<Part> schools,
        List<String> otherServiceUnits,
        List<FormerUnit> formerUnits,
        List<Part> staffBeforeMerger,
        long staffBeforeMergerTotal,
        int staffAtStart,
        int partTimeWorkers,
        int quota2025,
        int educationQuota,
        int healthQuota,
        int otherServiceQuota,
        double casesPerPersonQuarter,
        double documentsPerQuarter,
        double revenuePerQuarter,
        BigDecimal growthTarget,
        double satisfactionBase) {

    public UnitProfile {
        religions = List.copyOf(religions);
        schools = List.copyOf(schools);
        otherServiceUnits = List.copyOf(otherServiceUnits);
        formerUnits = List.copyOf(formerUnits);
        staffBeforeMerger = List.copyOf(staffBeforeMerger);
        if (!staffBeforeMerger.isEmpty() && Part.sum(staffBeforeMerger) != staffBeforeMergerTotal) {
            throw new IllegalArgumentException(unit.code() + ": staff before merger parts do not add up");
        }
    }

    public long schoolCount() {
        return Part.sum(schools);
    }

    public long publicServiceUnits() {
        return schoolCount() + otherServiceUnits.size();
    }

    public long publicServiceQuota() {
        return educationQuota + healthQuota + otherServiceQuota;
    }
}
