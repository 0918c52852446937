package vn.doisanh.export.data;

import java.util.List;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.IndicatorInfo;

/** One indicator over the periods, oldest first: the unit's value beside the city's and its group's medians. */
public record TrendData(IndicatorInfo indicator, List<Point> points) {
    public TrendData {
        points = List.copyOf(points);
    }

    /** Null where nobody (or the unit) has a value for that period. */
    public record Point(Frame frame, Double unit, Double city, Double group) {
    }

    public long unitPoints() {
        return points.stream().filter(p -> p.unit() != null).count();
    }
}
