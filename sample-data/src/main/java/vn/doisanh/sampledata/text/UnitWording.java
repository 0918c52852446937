package vn.doisanh.sampledata.text;

import java.util.Locale;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitType;

/**
 * How a report refers to its own unit: "xã"/"phường"/"đặc khu", its villages ("thôn") or residential groups
 * ("tổ dân phố"), its committee ("UBND xã").
 */
public record UnitWording(Unit unit) {

    /** "xã", "phường", "đặc khu". */
    public String kind() {
        return unit.type().vietnamese();
    }

    /** "Xã", "Phường", "Đặc khu". */
    public String kindCapitalised() {
        return Character.toUpperCase(kind().charAt(0)) + kind().substring(1);
    }

    /** "Tiên Lãng". */
    public String name() {
        return unit.bareName();
    }

    /** "xã Tiên Lãng". */
    public String fullName() {
        return kind() + " " + name();
    }

    /** "XÃ TIÊN LÃNG". */
    public String upperFullName() {
        return fullName().toUpperCase(Locale.ROOT);
    }

    /** What the unit's villages are called: thôn in a xã, tổ dân phố in a phường, both in a special zone. */
    public String settlement() {
        return switch (unit.type()) {
            case XA -> "thôn";
            case PHUONG -> "tổ dân phố";
            case DAC_KHU -> "thôn, tổ dân phố";
        };
    }

    public boolean isWard() {
        return unit.type() == UnitType.PHUONG;
    }

    public boolean isSpecialZone() {
        return unit.type() == UnitType.DAC_KHU;
    }
}
