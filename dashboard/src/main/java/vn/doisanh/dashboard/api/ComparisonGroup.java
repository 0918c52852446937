package vn.doisanh.dashboard.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;

/**
 * The units an average is taken over, kept apart from the units shown (as local-government benchmarking tools do):
 * all units, the same type, the same former district, or the unit's nearest peers.
 */
public enum ComparisonGroup {
    ALL, TYPE, DISTRICT, PEERS;

    static Optional<ComparisonGroup> parse(String text) {
        for (ComparisonGroup group : values()) {
            if (group.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The codes of the group around a unit; peers are given by the caller (they need a query). */
    public List<String> members(UnitDirectoryQuery.Entry unit, List<UnitDirectoryQuery.Entry> all, List<String> peers) {
        return switch (this) {
            case ALL -> all.stream().map(e -> e.unit().code()).toList();
            case TYPE -> all.stream().filter(e -> e.unit().type().equals(unit.unit().type()))
                    .map(e -> e.unit().code()).toList();
            case DISTRICT -> all.stream().filter(e -> sharesDistrict(e, unit)).map(e -> e.unit().code()).toList();
            case PEERS -> peers;
        };
    }

    /** Units merged across districts list several ("Quận Hồng Bàng; Quận An Dương"): any shared one counts. */
    private static boolean sharesDistrict(UnitDirectoryQuery.Entry a, UnitDirectoryQuery.Entry b) {
        List<String> mine = List.of(b.unit().formerDistrict().split(";\\s*"));
        return List.of(a.unit().formerDistrict().split(";\\s*")).stream().anyMatch(mine::contains);
    }
}
