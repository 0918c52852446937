package vn.doisanh.export.text;

import java.time.format.DateTimeFormatter;
import vn.doisanh.warehouse.query.Frame;

/** The Vietnamese words exports put beside the numbers: rank, quartile, basis, period names. */
public final class Words {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private Words() {
    }

    /** Neutral indicators (population, area…) are ordered by size, where neither end is better: "thứ", not "hạng". */
    public static String rank(Integer rank, Integer n, String direction) {
        if (rank == null || n == null) {
            return "—";
        }
        return ("neutral".equals(direction) ? "thứ " : "hạng ") + rank + "/" + n;
    }

    public static String quartile(Integer quartile, String direction) {
        if (quartile == null) {
            return "—";
        }
        if ("neutral".equals(direction)) {
            return String.valueOf(quartile);
        }
        return switch (quartile) {
            case 1 -> "1 (tốt nhất)";
            case 4 -> "4 (kém nhất)";
            default -> String.valueOf(quartile);
        };
    }

    /** Where a value comes from (see int_frame_values.sql in the warehouse). */
    public static String basis(String basis) {
        if (basis == null) {
            return "";
        }
        return switch (basis) {
            case "reported" -> "báo cáo";
            case "rolled_up" -> "cộng dồn từ kỳ ngắn hơn";
            case "rolled_up_scaled" -> "quy đổi từ kỳ ngắn hơn";
            case "computed" -> "tính từ số liệu báo cáo";
            case "computed_registry" -> "tính theo danh mục đơn vị";
            default -> basis;
        };
    }

    public static String synthetic(boolean synthetic) {
        return synthetic ? "mô phỏng" : "báo cáo thật";
    }

    /** A period name short enough for a chart axis: quarter labels as they are, longer ones as months. */
    public static String shortPeriod(Frame frame) {
        if (frame.label() != null && frame.label().length() <= 16) {
            return frame.label();
        }
        return frame.start().format(MONTH) + "–" + frame.end().format(MONTH);
    }

    /** A period as a footer names it: its label and its exact dates. */
    public static String period(Frame frame) {
        String dates = VnFormat.date(frame.start()) + "–" + VnFormat.date(frame.end());
        if (frame.label() == null || frame.label().isBlank()) {
            return dates;
        }
        // Labels of reviews often spell their dates out already ("Từ 01/07/2025 đến 30/06/2026").
        return frame.label().contains(VnFormat.date(frame.start())) ? frame.label() : frame.label() + " (" + dates + ")";
    }
}
