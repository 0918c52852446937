package vn.doisanh.sampledata.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.RandomStreams;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitType;

/**
 * Invents the units of the national benchmark beyond Hai Phong's: codes from 90000 (no real code is that high),
 * names that say they are made up ("Xã Mô Phỏng 0123"), and the country's mix of types (2,621 xã, 687 phường,
 * 13 đặc khu after 1 July 2025).
 */
final class SyntheticUnitFactory {
    static final String FIRST_CODE = "90000";
    private static final int FIRST = Integer.parseInt(FIRST_CODE);
    private static final int LAST = 99999;

    private final RandomStreams streams;

    SyntheticUnitFactory(RandomStreams streams) {
        this.streams = streams;
    }

    Unit make(int index) {
        if (index < 0 || FIRST + index > LAST) {
            throw new IllegalArgumentException("no synthetic code left for unit #" + index);
        }
        String code = String.valueOf(FIRST + index);
        Dice dice = streams.dice("invented-unit", code);
        UnitType type = dice.weighted(List.of(UnitType.XA, UnitType.PHUONG, UnitType.DAC_KHU), 2621, 687, 13);
        String number = String.format(Locale.ROOT, "%04d", index + 1);
        String district = "Huyện Mô Phỏng " + String.format(Locale.ROOT, "%02d", index / 25 + 1);
        return new Unit(code, capitalised(type) + " Mô Phỏng " + number, type, district,
                formerUnits(number, district, dice), area(type, dice), population(type, dice));
    }

    private static List<String> formerUnits(String number, String district, Dice dice) {
        int count = dice.between(2, 4);
        List<String> former = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String scope = i == count && dice.chance(0.3) ? "một phần" : "toàn bộ";
            former.add("Xã Mô Phỏng Cũ " + number + "-" + i + " [" + (80000 + i) + "] (" + scope + "; " + district + ")");
        }
        return former;
    }

    private static double area(UnitType type, Dice dice) {
        double area = switch (type) {
            case XA -> dice.logUniform(15, 150);
            case PHUONG -> dice.logUniform(3, 45);
            case DAC_KHU -> dice.logUniform(3, 400);
        };
        return Math.round(area * 100) / 100.0;
    }

    private static long population(UnitType type, Dice dice) {
        double people = switch (type) {
            case XA -> dice.logUniform(8_000, 60_000);
            case PHUONG -> dice.logUniform(15_000, 150_000);
            case DAC_KHU -> dice.logUniform(1_000, 60_000);
        };
        return Math.round(people);
    }

    private static String capitalised(UnitType type) {
        String word = type.vietnamese();
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
