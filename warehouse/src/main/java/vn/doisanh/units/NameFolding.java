package vn.doisanh.units;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese names so that case, diacritics, NFC/NFD and spacing do not matter: "Xã Hà Bắc", "HA BAC" and
 * "xa Ha Bac" all fold to comparable keys.
 */
public final class NameFolding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private NameFolding() {
    }

    /** Lower case, no diacritics, đ→d, punctuation and runs of space collapsed to one space. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(bare).replaceAll(" ").trim();
    }

    /** Lower case and NFC but diacritics kept: "Cẩm Giang" and "Cẩm Giàng" stay apart. */
    public static String exactKey(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(composed).replaceAll(" ").trim();
    }
}
