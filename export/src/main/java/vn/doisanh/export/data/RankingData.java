package vn.doisanh.export.data;

import java.util.List;
import java.util.Optional;
import vn.doisanh.warehouse.query.RankingFilter;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.IndicatorInfo;
import vn.doisanh.warehouse.query.RankingQuery;

/**
 * A ranking ready to export: the rows the filters keep (ranks city-wide), each with whether its figures are
 * synthetic, and all the context an export must carry.
 */
public record RankingData(IndicatorInfo indicator, Frame frame, Double cityMedian, int ranked, List<Row> rows,
        RankingFilter filters, GroupView group, Optional<String> highlight, Stamp stamp) {
    public RankingData {
        rows = List.copyOf(rows);
    }

    public record Row(RankingQuery.Row ranking, boolean synthetic) {
    }

    public long syntheticRows() {
        return rows.stream().filter(Row::synthetic).count();
    }

    public Optional<Row> highlighted() {
        return highlight.flatMap(code -> rows.stream().filter(r -> r.ranking().unit().code().equals(code)).findFirst());
    }
}
