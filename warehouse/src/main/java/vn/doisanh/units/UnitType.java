package vn.doisanh.units;

import java.util.List;
import java.util.Optional;

/** The three kinds of commune-level unit after 1 July 2025, with the prefixes reports write before names. */
public enum UnitType {
    XA("xã", "commune", List.of("xa")),
    PHUONG("phường", "ward", List.of("phuong")),
    DAC_KHU("đặc khu", "special zone", List.of("dac khu"));

    private final String vietnamese;
    private final String english;
    private final List<String> foldedPrefixes;

    UnitType(String vietnamese, String english, List<String> foldedPrefixes) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.foldedPrefixes = foldedPrefixes;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    List<String> foldedPrefixes() {
        return foldedPrefixes;
    }

    /** Accepts "xã", "Xa", "PHƯỜNG", "đặc khu", "dac_khu"… */
    public static Optional<UnitType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = NameFolding.fold(text).replace('_', ' ');
        for (UnitType type : values()) {
            if (type.foldedPrefixes.contains(folded)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
