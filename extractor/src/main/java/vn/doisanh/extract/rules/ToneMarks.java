package vn.doisanh.extract.rules;

/**
 * Old and new Vietnamese spelling put the tone mark on different vowels: "hoá"/"hóa", "thuỷ"/"thủy", "uỷ"/"ủy".
 * Rules are written in the new style; this moves old-style marks over, one char for one char (offsets stay), at
 * the end of a syllable only ("hoàn" is the same in both styles) and never after q ("quý" is right as it is).
 */
final class ToneMarks {
    private static final String OLD = "áàảãạéèẻẽẹýỳỷỹỵ";
    private static final String BASE = "aaaaaeeeeeyyyyy";
    private static final String[] ON_O = {"ó", "ò", "ỏ", "õ", "ọ"};
    private static final String[] ON_U = {"ú", "ù", "ủ", "ũ", "ụ"};

    private ToneMarks() {
    }

    static String modernise(String text) {
        char[] out = text.toCharArray();
        for (int i = 1; i < out.length; i++) {
            int mark = OLD.indexOf(Character.toLowerCase(out[i]));
            if (mark < 0 || !endsSyllable(out, i + 1)) {
                continue;
            }
            char glide = Character.toLowerCase(out[i - 1]);
            char vowel = BASE.charAt(mark);
            boolean oa = glide == 'o' && (vowel == 'a' || vowel == 'e');
            boolean uy = glide == 'u' && vowel == 'y' && (i < 2 || Character.toLowerCase(out[i - 2]) != 'q');
            if (!oa && !uy) {
                continue;
            }
            String toned = (oa ? ON_O : ON_U)[mark % 5];
            out[i - 1] = Character.isUpperCase(out[i - 1]) ? Character.toUpperCase(toned.charAt(0)) : toned.charAt(0);
            out[i] = Character.isUpperCase(out[i]) ? Character.toUpperCase(vowel) : vowel;
        }
        return new String(out);
    }

    private static boolean endsSyllable(char[] text, int next) {
        return next >= text.length || !Character.isLetter(text[next]);
    }
}
