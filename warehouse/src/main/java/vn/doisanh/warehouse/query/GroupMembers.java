package vn.doisanh.warehouse.query;

import java.util.List;
import java.util.stream.Stream;

/** Which units make up a comparison group drawn around a unit: the dashboard and the exports both ask here. */
public final class GroupMembers {
    public static final int PEERS = 10;

    private final Warehouse warehouse;
    private final List<UnitDirectoryQuery.Entry> directory;

    public GroupMembers(Warehouse warehouse, List<UnitDirectoryQuery.Entry> directory) {
        this.warehouse = warehouse;
        this.directory = directory;
    }

    /** Unit codes of the group; {@code unit} may be null only for {@link ComparisonGroup#ALL}. */
    public List<String> of(ComparisonGroup group, UnitDirectoryQuery.Entry unit) {
        if (group.needsUnit() && unit == null) {
            throw new IllegalArgumentException("the comparison group '" + group.code() + "' is drawn around a unit: name one");
        }
        return switch (group) {
            case ALL -> directory.stream().map(e -> e.unit().code()).toList();
            case TYPE -> directory.stream().filter(e -> e.unit().type().equals(unit.unit().type()))
                    .map(e -> e.unit().code()).toList();
            case DISTRICT -> directory.stream().filter(e -> sharesDistrict(e, unit)).map(e -> e.unit().code()).toList();
            case PEERS -> Stream.concat(Stream.of(unit.unit().code()), new PeerGroupQuery(warehouse)
                    .run(new PeerGroupQuery.Request(unit.unit().code(), PEERS)).codes().stream()).toList();
        };
    }

    /** Units merged across districts list several ("Quận Hồng Bàng; Quận An Dương"): any shared one counts. */
    private static boolean sharesDistrict(UnitDirectoryQuery.Entry a, UnitDirectoryQuery.Entry b) {
        List<String> mine = List.of(b.unit().formerDistrict().split(";\\s*"));
        return Stream.of(a.unit().formerDistrict().split(";\\s*")).anyMatch(mine::contains);
    }
}
