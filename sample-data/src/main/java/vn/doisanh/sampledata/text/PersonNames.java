package vn.doisanh.sampledata.text;

import java.util.List;
import vn.doisanh.sampledata.Dice;

/** Invented signatories' names, put together from common Vietnamese family, middle and given names. */
public final class PersonNames {
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Ngô", "Dương", "Lương", "Phan", "Đinh");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc",
            "Xuân", "Thế");
    private static final List<String> GIVEN = List.of("Hùng", "Dũng", "Hương", "Lan", "Tuấn", "Hải", "Thắng", "Hòa",
            "Nam", "Phương", "Thủy", "Long", "Cường", "Hà", "Quyết", "Sơn", "Trang", "Khánh");

    private PersonNames() {
    }

    public static String draw(Dice dice) {
        return dice.pick(FAMILY) + " " + dice.pick(MIDDLE) + " " + dice.pick(GIVEN);
    }
}
