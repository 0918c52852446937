package vn.doisanh.warehouse.cli;

import vn.doisanh.catalogue.UnitLabels;
import java.util.ArrayList;
import java.util.List;
import vn.doisanh.warehouse.query.UnitProfileQuery;

/**
 * A unit profile as text, one line per indicator with a value: name, value and unit, rank of N, percentile.
 * Ranks of neutral indicators (population, area…) order by size and say so ("thứ"), since neither end is better.
 */
final class ProfileText {
    private static final int NAME_WIDTH = 44;

    private ProfileText() {
    }

    static List<String> lines(UnitProfileQuery.Profile profile, String snapshotId) {
        List<String> out = new ArrayList<>();
        out.add(profile.unit().name() + " (" + profile.unit().code() + ") · " + profile.frame().label() + " · "
                + profile.frame().periodKey());
        out.add("kho dữ liệu " + snapshotId + " · " + profile.frame().units() + " đơn vị có số liệu kỳ này · "
                + "nhóm tương đồng: " + profile.peers() + " đơn vị gần nhất");
        for (UnitProfileQuery.Line line : profile.withValues()) {
            out.add(line(line));
        }
        int missing = profile.lines().size() - profile.withValues().size();
        if (missing > 0) {
            out.add("(" + missing + " chỉ tiêu không có số liệu trong kỳ này)");
        }
        out.add("* tính với dân số/diện tích theo danh mục đơn vị   ~ tổng hợp từ các báo cáo ngắn hơn trong kỳ");
        return out;
    }

    static String line(UnitProfileQuery.Line line) {
        String value = VietnameseNumbers.format(line.value()) + " " + UnitLabels.label(line.indicator().unit());
        String rankWord = "neutral".equals(line.indicator().direction()) ? "thứ" : "hạng";
        return String.format("%-" + NAME_WIDTH + "s %22s %1s  %s %3d/%-3d  phân vị %3s", clip(line.indicator().nameVi()),
                value.strip(), marker(line.basis()), rankWord, line.rank(), line.n(),
                VietnameseNumbers.format(line.percentile(), 0));
    }

    private static String marker(String basis) {
        return switch (basis == null ? "" : basis) {
            case "computed_registry" -> "*";
            case "rolled_up", "rolled_up_scaled" -> "~";
            default -> "";
        };
    }

    private static String clip(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
    }
}
