package vn.doisanh.export.table;

import vn.doisanh.catalogue.UnitLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.export.data.ProfileData;
import vn.doisanh.export.text.VnFormat;
import vn.doisanh.export.text.Words;
import vn.doisanh.warehouse.query.UnitProfileQuery;

/** A unit's profile as a table: one row per indicator it has a value for, with city and group medians. */
public final class ProfileTable {
    private ProfileTable() {
    }

    public static Table of(ProfileData data, Shape shape) {
        boolean ownGroup = data.group().group() != ComparisonGroup.ALL;
        List<Column> columns = new ArrayList<>(shape == Shape.FILE
                ? List.of(Column.text("Mã chỉ tiêu", 2), Column.text("Chỉ tiêu", 4), Column.number("Giá trị", 2),
                        Column.text("Đơn vị tính", 1), Column.number("Hạng", 1), Column.number("Số đơn vị xếp hạng", 1),
                        Column.number("Phân vị", 1), Column.text("Tứ phân vị", 1), Column.number("Trung vị thành phố", 2),
                        Column.number("Trung vị nhóm so sánh", 2), Column.text("Nguồn giá trị", 2))
                : List.of(Column.text("Chỉ tiêu", 4.2), Column.number("Giá trị", 1.7), Column.text("Hạng", 1.1),
                        Column.number("Phân vị", 0.8), Column.text("Tứ phân vị", 1.2),
                        Column.number("Trung vị TP", 1.6)));
        if (shape == Shape.PAGE && ownGroup) {
            columns.add(Column.number("Trung vị nhóm", 1.6));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (UnitProfileQuery.Line line : data.lines()) {
            String unit = line.indicator().unit();
            String direction = line.indicator().direction();
            Double groupMedian = data.group().median(line.indicator().id());
            Cell value = Cell.number(line.value(), VnFormat.measure(line.value(), unit));
            Cell percentile = line.percentile() == null ? Cell.text("—")
                    : Cell.number((double) Math.round(line.percentile()), VnFormat.percentile(line.percentile()));
            Cell city = Cell.number(line.cityMedian(), VnFormat.measure(line.cityMedian(), unit));
            Cell group = Cell.number(groupMedian, VnFormat.measure(groupMedian, unit));
            List<Cell> row = new ArrayList<>(shape == Shape.FILE
                    ? List.of(Cell.text(line.indicator().id()), Cell.text(line.indicator().nameVi()), value,
                            Cell.text(UnitLabels.label(unit)), Cell.integer(line.rank()), Cell.integer(line.n()),
                            percentile, Cell.text(Words.quartile(line.quartile(), direction)), city, group,
                            Cell.text(Words.basis(line.basis())))
                    : List.of(Cell.text(line.indicator().nameVi()), value,
                            Cell.text(Words.rank(line.rank(), line.n(), direction)), percentile,
                            Cell.text(Words.quartile(line.quartile(), direction)), city));
            if (shape == Shape.PAGE && ownGroup) {
                row.add(group);
            }
            rows.add(row);
        }
        return new Table(Contexts.profile(data), columns, rows, Set.of(),
                data.unit().synthetic() ? Table.indexes(rows.size(), i -> true) : Set.of());
    }
}
