package vn.doisanh.sampledata.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitType;

/**
 * Draws a unit's profile from its registry row. The proportions come from the Hà Bắc report (36,429 people,
 * 18 villages, 12 schools, 46 civil servant posts, 401 education posts) and widen around it: wards have more,
 * smaller residential groups and fewer poor households; special zones are small or sea-bound.
 */
public final class UnitProfileModel {
    private static final List<String> RELIGIONS = List.of("Phật giáo", "Công giáo", "Tin lành", "Cao Đài");
    /** Beyond this many former units a report gives the total only, not a list of names. */
    private static final int MAX_LISTED_FORMER_UNITS = 5;

    private UnitProfileModel() {
    }

    public static UnitProfile draw(Unit unit, Dice dice) {
        if (unit.population() == null || unit.areaKm2() == null) {
            throw new IllegalArgumentException(unit.code() + " has no population or area in the registry");
        }
        long population = unit.population();
        UnitType type = unit.type();
        boolean tiny = population < 5_000;
        List<Part> schools = schools(population, tiny, dice);
        List<FormerUnit> former = unit.mergedFrom().stream().map(FormerUnit::parse).flatMap(Optional::stream).toList();
        List<Part> staffBefore = staffBefore(former, dice);
        long staffBeforeTotal = Math.min(560, staffBefore.isEmpty()
                ? Math.max(12, former.size() * (long) dice.between(14, 22)) : Part.sum(staffBefore));
        int quota = tiny ? dice.between(14, 20)
                : (int) Math.min(250, Math.max(28, Math.round(30 + population / 2200.0 + dice.between(-3, 3))));
        // As in Hà Bắc (69 posts before, 44 taken over, 46 assigned): the new unit takes over about its quota.
        int atStart = (int) Math.max(5, Math.min(staffBeforeTotal - dice.between(3, 12), quota + dice.between(-4, 3)));
        int educationQuota = (int) (Part.sum(schools) * (tiny ? dice.between(6, 10) : dice.between(28, 36)));
        List<String> otherUnits = dice.chance(0.6) || tiny
                ? List.of("Trung tâm Dịch vụ sự nghiệp công", "Trạm Y tế")
                : List.of("Trung tâm Dịch vụ sự nghiệp công", "Trạm Y tế", "Ban Quản lý dự án đầu tư xây dựng");
        return new UnitProfile(unit, population,
                BigDecimal.valueOf(unit.areaKm2()).setScale(2, RoundingMode.HALF_UP),
                villages(type, population, dice),
                Math.round(population / dice.uniform(3.2, 3.8)),
                Math.round(population * dice.uniform(0.0008, type == UnitType.DAC_KHU ? 0.01 : 0.006)),
                religions(population, dice),
                type == UnitType.DAC_KHU ? 4 : dice.weighted(List.of(3, 4), 0.8, 0.2),
                schools, otherUnits, former, staffBefore, staffBeforeTotal,
                atStart,
                dice.between(0, 12), quota, educationQuota,
                tiny ? dice.between(4, 8) : dice.between(12, 30),
                otherUnits.size() == 3 ? dice.between(8, 14) : dice.between(4, 8),
                casesPerPerson(type, dice),
                tiny ? dice.uniform(60, 120) : 250 + population * dice.uniform(0.025, 0.045),
                population * revenuePerPerson(type, dice),
                BigDecimal.valueOf(dice.between(80, 140)).movePointLeft(1),
                dice.uniform(15.5, 17.6));
    }

    private static int villages(UnitType type, long population, Dice dice) {
        double perVillage = switch (type) {
            case XA -> dice.uniform(1500, 2600);
            case PHUONG -> dice.uniform(900, 1600);
            case DAC_KHU -> dice.uniform(1200, 2200);
        };
        return (int) Math.max(2, Math.min(400, Math.round(population / perVillage)));
    }

    private static List<Part> religions(long population, Dice dice) {
        int count = dice.weighted(List.of(1, 2, 3, 4), 0.25, 0.45, 0.22, 0.08);
        double[] shares = {dice.uniform(0.03, 0.15), dice.uniform(0.002, 0.12), dice.uniform(0.001, 0.01),
                dice.uniform(0.0005, 0.004)};
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(new Part(RELIGIONS.get(i), Math.max(5, Math.round(population * shares[i]))));
        }
        return parts;
    }

    private static List<Part> schools(long population, boolean tiny, Dice dice) {
        if (tiny) {
            return List.of(new Part("Mầm non", 1), new Part("Tiểu học", 1));
        }
        long kindergartens = Math.max(1, Math.round(population / dice.uniform(8000, 11000)));
        long primary = Math.max(1, Math.round(population / dice.uniform(8000, 11000)));
        long secondary = Math.max(1, Math.round(population / dice.uniform(9000, 14000)));
        long scale = Math.max(1, (kindergartens + primary + secondary + 59) / 60);
        return List.of(new Part("Mầm non", Math.max(1, kindergartens / scale)),
                new Part("Tiểu học", Math.max(1, primary / scale)), new Part("THCS", Math.max(1, secondary / scale)));
    }

    /** The civil servants each former unit had; a report lists them only for small mergers of named communes. */
    private static List<Part> staffBefore(List<FormerUnit> former, Dice dice) {
        if (former.size() < 2 || former.size() > MAX_LISTED_FORMER_UNITS
                || former.stream().anyMatch(f -> f.kind().equals("huyện"))
                || former.stream().map(FormerUnit::bareName).distinct().count() < former.size()) {
            return List.of();
        }
        return former.stream().map(f -> new Part(f.bareName(), dice.between(17, 32))).toList();
    }

    private static double casesPerPerson(UnitType type, Dice dice) {
        return switch (type) {
            case XA -> dice.uniform(0.06, 0.13);
            case PHUONG -> dice.uniform(0.10, 0.22);
            case DAC_KHU -> dice.uniform(0.05, 0.10);
        };
    }

    /** Budget revenue per inhabitant and quarter, in million VND. */
    private static double revenuePerPerson(UnitType type, Dice dice) {
        return switch (type) {
            case XA -> dice.uniform(0.15, 0.6);
            case PHUONG -> dice.uniform(0.4, 2.0);
            case DAC_KHU -> dice.uniform(0.5, 2.5);
        };
    }
}
