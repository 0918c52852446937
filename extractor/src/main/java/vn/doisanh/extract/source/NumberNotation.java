package vn.doisanh.extract.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Population: 77,086 người", "On-time rate: 99.74%": a text, or the English lines of a bilingual one, written in the
 * international notation, where the comma groups thousands and the dot is the decimal mark. The readers see its
 * numbers in the Vietnamese notation ("77.086", "99,74"), one character for one, so offsets hold and "77,086" is never
 * read as 77.086. A whole text is taken as international only when some of its numbers can only be read so and none
 * can only be read the Vietnamese way; a line alone, when it is English (no Vietnamese letter, English words) or
 * marked "EN:", and nothing in it is Vietnamese notation. A number either notation reads ("1.234") follows its text.
 */
public final class NumberNotation {
    private static final Pattern INTERNATIONAL_ONLY = Pattern.compile("(?<![\\d.,/\\p{L}])(?:\\d+\\.\\d{1,2}"
            + "|\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?|\\d{1,3},\\d{3}\\.\\d+)(?![\\d.,/])");
    private static final Pattern VIETNAMESE_ONLY = Pattern.compile("(?<![\\d.,/\\p{L}])(?:\\d+,\\d{1,2}"
            + "|\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?|\\d{1,3}\\.\\d{3},\\d+)(?![\\d.,/])");
    /** A number the international notation writes with a separator; not a date ("01.7.2025") nor a version. */
    private static final Pattern INTERNATIONAL_NUMBER = Pattern.compile("(?<![\\d.,/\\p{L}])"
            + "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+)(?![\\d/]|[.,]\\d)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z-]+");
    private static final Pattern ENGLISH_MARK = Pattern.compile("^\\s*(?:EN|English)\\s*:");
    private static final Set<String> ENGLISH_WORDS = Set.of("of", "and", "was", "were", "with", "by", "for", "from",
            "which", "reached", "stood", "received", "resolved", "issued", "staff", "servants", "households", "cases",
            "documents", "revenue", "expenditure", "budget", "units", "schools", "procedures", "score", "online",
            "payment", "submission", "quota", "workers", "departments", "disbursed", "disbursement", "digitisation",
            "digitization", "population", "rate", "late", "time", "listed", "signed", "outgoing", "public", "service",
            "investment", "poor", "near-poor", "satisfaction", "residential", "groups", "ward", "commune", "officials");
    private static final int MIN_ENGLISH_WORDS = 2;
    private static final int MIN_INTERNATIONAL_NUMBERS = 3;

    private NumberNotation() {
    }

    public static String asVietnamese(String text) {
        boolean international = isInternational(text);
        boolean anyLine = international || text.lines().anyMatch(NumberNotation::isEnglishLine);
        if (!anyLine) {
            return text;
        }
        char[] chars = text.toCharArray();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            if ((international || isEnglishLine(line)) && !VIETNAMESE_ONLY.matcher(line).find()) {
                swapped(chars, line, start);
            }
            start = end + 1;
        }
        return new String(chars);
    }

    private static boolean isInternational(String text) {
        if (VIETNAMESE_ONLY.matcher(text).find()) {
            return false;
        }
        Matcher m = INTERNATIONAL_ONLY.matcher(text);
        int found = 0;
        while (found < MIN_INTERNATIONAL_NUMBERS && m.find()) {
            found++;
        }
        return found >= MIN_INTERNATIONAL_NUMBERS;
    }

    private static boolean isEnglishLine(String line) {
        if (ENGLISH_MARK.matcher(line).find()) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c > 127 && Character.isLetter(c)) {
                return false;
            }
        }
        Matcher word = WORD.matcher(line);
        java.util.Set<String> english = new java.util.HashSet<>();
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (ENGLISH_WORDS.contains(w)) {
                english.add(w);
            }
        }
        return english.size() >= MIN_ENGLISH_WORDS;
    }

    private static void swapped(char[] chars, String line, int lineStart) {
        Matcher m = INTERNATIONAL_NUMBER.matcher(line);
        while (m.find()) {
            for (int i = lineStart + m.start(); i < lineStart + m.end(); i++) {
                chars[i] = chars[i] == '.' ? ',' : chars[i] == ',' ? '.' : chars[i];
            }
        }
    }
}
