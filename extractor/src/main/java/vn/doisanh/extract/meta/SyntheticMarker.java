package vn.doisanh.extract.meta;

import java.util.regex.Pattern;

/** Synthetic sample reports say so in their text; the flag follows their facts into the warehouse. */
public final class SyntheticMarker {
    private static final Pattern MARKER = Pattern.compile("DỮ LIỆU MÔ PHỎNG|\\(SYNTHETIC\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SyntheticMarker() {
    }

    public static boolean isSynthetic(String text) {
        return MARKER.matcher(text).find();
    }
}
