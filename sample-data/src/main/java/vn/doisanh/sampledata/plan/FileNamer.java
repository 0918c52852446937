package vn.doisanh.sampledata.plan;

import java.util.List;
import java.util.function.Function;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.units.NameFolding;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitType;

/** Makes the kind of file names offices use: ASCII, with or without spaces, abbreviations and codes. */
public final class FileNamer {
    private static final List<Function<Name, String>> NARRATIVE = List.of(
            n -> "BC_quy" + n.quarter() + "_" + n.year() + "_" + n.typeSnake() + "_" + n.snake(),
            n -> "BaoCao_Q" + n.quarter() + "-" + n.year() + "_" + n.camel(),
            n -> "Bao cao ket qua quy " + n.roman() + " nam " + n.year() + " - " + n.typeSpaced() + " " + n.spaced(),
            n -> "UBND_" + n.camel() + "_BC_KQNV_Quy_" + n.roman() + "_" + n.year(),
            n -> n.code() + "_" + n.year() + "Q" + n.quarter() + "_bao_cao",
            n -> "BC " + n.spaced() + " Q" + n.quarter() + "." + n.year(),
            n -> "bc-" + n.typeSnake() + "-" + n.snake().replace('_', '-') + "-quy-" + n.quarter() + "-" + n.year());
    private static final List<Function<Name, String>> TEMPLATE = List.of(
            n -> n.code() + "_" + n.year() + "Q" + n.quarter() + "_bieu_mau",
            n -> "Bieu_so_lieu_quy_" + n.quarter() + "_" + n.year() + "_" + n.snake(),
            n -> "BieuMau_BaoCao_Q" + n.quarter() + "_" + n.year() + "_" + n.camel(),
            n -> "So lieu quy " + n.roman() + "-" + n.year() + " " + n.spaced());

    private FileNamer() {
    }

    public static String name(Unit unit, ReportingPeriod period, ReportFormat format, Dice dice) {
        List<Function<Name, String>> patterns = format.isNarrative() ? NARRATIVE : TEMPLATE;
        return dice.pick(patterns).apply(new Name(unit, period)) + "." + format.extension();
    }

    /** The pieces a name is built from; {@code fold} drops diacritics so names stay ASCII. */
    private record Name(Unit unit, ReportingPeriod period) {
        int quarter() {
            return period.quarter();
        }

        int year() {
            return period.year();
        }

        String roman() {
            return period.roman();
        }

        String code() {
            return unit.code();
        }

        String spaced() {
            StringBuilder out = new StringBuilder();
            for (String word : NameFolding.fold(unit.bareName()).split(" ")) {
                out.append(out.length() == 0 ? "" : " ").append(capitalise(word));
            }
            return out.toString();
        }

        String camel() {
            return spaced().replace(" ", "");
        }

        String snake() {
            return NameFolding.fold(unit.bareName()).replace(' ', '_');
        }

        String typeSnake() {
            return unit.type() == UnitType.DAC_KHU ? "dac_khu" : NameFolding.fold(unit.type().vietnamese());
        }

        String typeSpaced() {
            return typeSnake().replace('_', ' ');
        }

        private static String capitalise(String word) {
            return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }
}
