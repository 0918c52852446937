package vn.doisanh.export.table;

import vn.doisanh.catalogue.UnitLabels;
import java.util.ArrayList;
import java.util.List;
import vn.doisanh.export.data.RankingData;
import vn.doisanh.export.text.VnFormat;
import vn.doisanh.export.text.Words;
import vn.doisanh.warehouse.query.RankingQuery;

/** A ranking as a table: one row per unit, best first, the chosen unit's row marked. */
public final class RankingTable {
    private RankingTable() {
    }

    public static Table of(RankingData data, Shape shape) {
        String direction = data.indicator().direction();
        String unit = data.indicator().unit();
        List<Column> columns = shape == Shape.FILE
                ? List.of(Column.number("Hạng", 1), Column.number("Số đơn vị xếp hạng", 1), Column.text("Mã đơn vị", 1),
                        Column.text("Đơn vị", 3), Column.text("Loại", 1), Column.text("Huyện cũ", 3),
                        Column.number("Giá trị", 2), Column.text("Đơn vị tính", 1), Column.number("Phân vị", 1),
                        Column.text("Tứ phân vị", 1), Column.text("Nguồn giá trị", 2), Column.text("Dữ liệu", 1))
                : List.of(Column.text("Hạng", 1.1), Column.text("Mã", 0.8), Column.text("Đơn vị", 2.6),
                        Column.text("Loại", 1), Column.number("Giá trị", 1.3), Column.number("Phân vị", 0.9),
                        Column.text("Tứ phân vị", 1.3), Column.text("Dữ liệu", 1.2));
        List<List<Cell>> rows = new ArrayList<>();
        for (RankingData.Row row : data.rows()) {
            RankingQuery.Row r = row.ranking();
            Cell value = Cell.number(r.value(), VnFormat.measure(r.value(), unit));
            Cell percentile = Cell.number((double) Math.round(r.percentile()), VnFormat.percentile(r.percentile()));
            rows.add(shape == Shape.FILE
                    ? List.of(Cell.integer(r.rank()), Cell.integer(r.n()), Cell.text(r.unit().code()),
                            Cell.text(r.unit().name()), Cell.text(r.unit().typeVi()), Cell.text(r.unit().formerDistrict()),
                            value, Cell.text(UnitLabels.label(unit)), percentile,
                            Cell.text(Words.quartile(r.quartile(), direction)), Cell.text(Words.basis(r.basis())),
                            Cell.text(Words.synthetic(row.synthetic())))
                    : List.of(Cell.text(Words.rank(r.rank(), r.n(), direction)), Cell.text(r.unit().code()),
                            Cell.text(r.unit().name()), Cell.text(r.unit().typeVi()), value, percentile,
                            Cell.text(Words.quartile(r.quartile(), direction)),
                            Cell.text(Words.synthetic(row.synthetic()))));
        }
        List<RankingData.Row> all = data.rows();
        return new Table(Contexts.ranking(data), columns, rows,
                Table.indexes(all.size(), i -> data.highlight().map(all.get(i).ranking().unit().code()::equals).orElse(false)),
                Table.indexes(all.size(), i -> all.get(i).synthetic()));
    }
}
