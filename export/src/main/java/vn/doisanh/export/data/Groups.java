package vn.doisanh.export.data;

import java.util.List;
import java.util.stream.Stream;
import vn.doisanh.export.ComparisonGroup;
import vn.doisanh.warehouse.query.GroupStatsQuery;
import vn.doisanh.warehouse.query.PeerGroupQuery;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;
import vn.doisanh.warehouse.query.Warehouse;

/** Draws a comparison group around a unit (or the whole city) and names it in Vietnamese. */
final class Groups {
    static final int PEERS = 10;

    private final Warehouse warehouse;
    private final List<UnitDirectoryQuery.Entry> directory;

    Groups(Warehouse warehouse, List<UnitDirectoryQuery.Entry> directory) {
        this.warehouse = warehouse;
        this.directory = directory;
    }

    /** {@code unit} is null only for {@link ComparisonGroup#ALL}. */
    GroupView view(ComparisonGroup group, UnitDirectoryQuery.Entry unit, String frameKey) {
        List<String> members = members(group, unit);
        return new GroupView(group, describe(group, unit, members.size()), members,
                new GroupStatsQuery(warehouse).run(frameKey, members));
    }

    private List<String> members(ComparisonGroup group, UnitDirectoryQuery.Entry unit) {
        return switch (group) {
            case ALL -> directory.stream().map(e -> e.unit().code()).toList();
            case TYPE -> directory.stream().filter(e -> e.unit().type().equals(unit.unit().type()))
                    .map(e -> e.unit().code()).toList();
            case DISTRICT -> directory.stream().filter(e -> sharesDistrict(e, unit)).map(e -> e.unit().code()).toList();
            case PEERS -> Stream.concat(Stream.of(unit.unit().code()), new PeerGroupQuery(warehouse)
                    .run(new PeerGroupQuery.Request(unit.unit().code(), PEERS)).codes().stream()).toList();
        };
    }

    private static String describe(ComparisonGroup group, UnitDirectoryQuery.Entry unit, int size) {
        return switch (group) {
            case ALL -> "toàn thành phố (" + size + " đơn vị)";
            case TYPE -> "cùng loại " + unit.unit().typeVi() + " (" + size + " đơn vị)";
            case DISTRICT -> "cùng huyện cũ " + unit.unit().formerDistrict() + " (" + size + " đơn vị)";
            case PEERS -> unit.unit().name() + " và " + (size - 1) + " đơn vị tương đồng về dân số, diện tích, loại";
        };
    }

    /** Units merged across districts list several ("Quận Hồng Bàng; Quận An Dương"): any shared one counts. */
    private static boolean sharesDistrict(UnitDirectoryQuery.Entry a, UnitDirectoryQuery.Entry b) {
        List<String> mine = List.of(b.unit().formerDistrict().split(";\\s*"));
        return Stream.of(a.unit().formerDistrict().split(";\\s*")).anyMatch(mine::contains);
    }
}
