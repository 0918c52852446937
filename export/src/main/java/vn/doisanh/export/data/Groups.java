package vn.doisanh.export.data;

import java.util.List;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.warehouse.query.GroupMembers;
import vn.doisanh.warehouse.query.GroupStatsQuery;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;
import vn.doisanh.warehouse.query.Warehouse;

/** Draws a comparison group around a unit (or the whole city) and names it in Vietnamese. */
final class Groups {
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
        return new GroupMembers(warehouse, directory).of(group, unit);
    }

    private static String describe(ComparisonGroup group, UnitDirectoryQuery.Entry unit, int size) {
        return switch (group) {
            case ALL -> "toàn thành phố (" + size + " đơn vị)";
            case TYPE -> "cùng loại " + unit.unit().typeVi() + " (" + size + " đơn vị)";
            case DISTRICT -> "cùng huyện cũ " + unit.unit().formerDistrict() + " (" + size + " đơn vị)";
            case PEERS -> unit.unit().name() + " và " + (size - 1) + " đơn vị tương đồng về dân số, diện tích, loại";
        };
    }
}
