package vn.doisanh.extract.meta;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.doisanh.extract.model.ReportPeriod;

/** The reporting periods units use, with the labels Vietnamese officials know them by. */
public final class Periods {
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The two-tier local government started on 1 July 2025; "sơ kết 01 năm" reviews its first year. */
    public static final LocalDate TWO_TIER_START = LocalDate.of(2025, 7, 1);

    private Periods() {
    }

    public static ReportPeriod quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new ReportPeriod(start, start.plusMonths(3).minusDays(1), "Quý " + ROMAN[quarter - 1] + "/" + year);
    }

    public static ReportPeriod half(int year, int half) {
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        String label = (half == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
        return new ReportPeriod(start, start.plusMonths(6).minusDays(1), label);
    }

    public static ReportPeriod nineMonths(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30), "9 tháng năm " + year);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "Năm " + year);
    }

    public static ReportPeriod firstYearOfTwoTierGovernment() {
        LocalDate end = TWO_TIER_START.plusYears(1).minusDays(1);
        return new ReportPeriod(TWO_TIER_START, end,
                "Sơ kết 01 năm chính quyền địa phương 02 cấp (" + rangeLabel(TWO_TIER_START, end) + ")");
    }

    public static ReportPeriod range(LocalDate start, LocalDate end) {
        return new ReportPeriod(start, end, rangeLabel(start, end));
    }

    public static String rangeLabel(LocalDate start, LocalDate end) {
        return "Từ " + VIETNAMESE_DATE.format(start) + " đến " + VIETNAMESE_DATE.format(end);
    }
}
