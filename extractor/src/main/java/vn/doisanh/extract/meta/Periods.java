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

    public static ReportPeriod month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new ReportPeriod(start, start.plusMonths(1).minusDays(1), String.format("Tháng %02d/%d", month, year));
    }

    /** "5 tháng đầu năm 2026": January to the count's month; 6 and 9 keep the labels reports know them by. */
    public static ReportPeriod firstMonths(int year, int count) {
        if (count == 6) {
            return half(year, 1);
        }
        if (count == 9) {
            return nineMonths(year);
        }
        if (count == 12) {
            return year(year);
        }
        LocalDate start = LocalDate.of(year, 1, 1);
        return new ReportPeriod(start, start.plusMonths(count).minusDays(1), count + " tháng đầu năm " + year);
    }

    /** "ba tháng cuối năm 2025": the last months of the year. */
    public static ReportPeriod lastMonths(int year, int count) {
        if (count == 3) {
            return quarter(year, 4);
        }
        if (count == 6) {
            return half(year, 2);
        }
        if (count == 12) {
            return year(year);
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        return new ReportPeriod(end.minusMonths(count).plusDays(1), end, count + " tháng cuối năm " + year);
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
