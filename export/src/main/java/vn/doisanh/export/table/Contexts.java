package vn.doisanh.export.table;

import java.util.List;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.export.data.ProfileData;
import vn.doisanh.export.data.RankingData;
import vn.doisanh.export.text.SyntheticNote;
import vn.doisanh.export.text.VnFormat;
import vn.doisanh.export.text.Words;

/** The context lines of a ranking and of a profile, worded the same in every format. */
public final class Contexts {
    public static final String INDICATOR = "Chỉ tiêu";
    public static final String PERIOD = "Kỳ";
    public static final String FILTERS = "Bộ lọc";
    public static final String GROUP = "Nhóm so sánh";
    public static final String SNAPSHOT = "Dữ liệu";

    private Contexts() {
    }

    public static ExportContext ranking(RankingData data) {
        String title = "Xếp hạng " + data.ranked() + " đơn vị: " + data.indicator().nameVi();
        return new ExportContext(title, List.of(
                new ExportContext.Entry(INDICATOR, data.indicator().nameVi() + " [" + data.indicator().id() + "]"),
                new ExportContext.Entry(PERIOD, Words.period(data.frame()) + " [" + data.frame().periodKey() + "]"),
                new ExportContext.Entry(FILTERS, data.filters().describe() + "; " + data.rows().size() + "/"
                        + data.ranked() + " đơn vị được xếp hạng hiển thị, thứ hạng tính trên toàn thành phố"),
                new ExportContext.Entry(GROUP, data.group().description() + "; trung vị thành phố "
                        + VnFormat.measure(data.cityMedian(), data.indicator().unit())
                        + groupMedian(data)),
                new ExportContext.Entry(SNAPSHOT, data.stamp().describe())),
                SyntheticNote.forRows(data.syntheticRows(), data.rows().size()));
    }

    public static ExportContext profile(ProfileData data) {
        String name = data.unit().unit().name();
        String title = "Hồ sơ chỉ tiêu: " + name + " (" + data.unit().unit().code() + ")";
        return new ExportContext(title, List.of(
                new ExportContext.Entry(INDICATOR, "tất cả chỉ tiêu có số liệu (" + data.lines().size() + "; "
                        + data.missing() + " chỉ tiêu không có số liệu kỳ này)"),
                new ExportContext.Entry(PERIOD, Words.period(data.frame()) + " [" + data.frame().periodKey() + "]"),
                new ExportContext.Entry(FILTERS, "không; thứ hạng tính trên toàn thành phố"),
                new ExportContext.Entry(GROUP, data.group().description()),
                new ExportContext.Entry(SNAPSHOT, data.stamp().describe())),
                SyntheticNote.forUnit(name, data.unit().synthetic(), data.syntheticOthers()));
    }

    private static String groupMedian(RankingData data) {
        if (data.group().group() == ComparisonGroup.ALL) {
            return "";
        }
        return "; trung vị nhóm " + VnFormat.measure(data.group().median(data.indicator().id()),
                data.indicator().unit());
    }
}
