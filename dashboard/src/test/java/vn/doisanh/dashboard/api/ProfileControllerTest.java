package vn.doisanh.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.doisanh.warehouse.query.GroupStatsQuery;
import vn.doisanh.warehouse.query.IndicatorInfo;
import vn.doisanh.warehouse.query.UnitProfileQuery;

class ProfileControllerTest {
    private static final GroupStatsQuery.Stats SPREAD = new GroupStatsQuery.Stats("x", 20, 0, 25, 50, 75, 100);

    private static UnitProfileQuery.Line line(double value, String direction) {
        IndicatorInfo indicator = new IndicatorInfo("x", "g", "reported", "pct", direction, "rate", "x", "x", "", "", null);
        return new UnitProfileQuery.Line(indicator, value, "reported", 1, 20, 50.0, 2, 0, 50.0, 20, 50.0, 10, null, null);
    }

    @ParameterizedTest(name = "{0} {1} → quartile {2}")
    @CsvSource({
            "90, higher_better, 1", "60, higher_better, 2", "30, higher_better, 3", "10, higher_better, 4",
            "90, lower_better, 4", "10, lower_better, 1", "60, neutral, 2"})
    void the_group_quartile_is_direction_aware_and_goes_by_the_group_spread(double value, String direction, int q) {
        assertThat(ProfileController.groupQuartile(line(value, direction), SPREAD)).isEqualTo(q);
    }
}
