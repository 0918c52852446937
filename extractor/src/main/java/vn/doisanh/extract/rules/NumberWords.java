package vn.doisanh.extract.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "chia thành ba mươi mốt (31) tổ dân phố", "có ba (03) phòng chuyên môn": a count spelt out in words with its
 * digits in brackets, as formal letters write small numbers. The words and brackets become blanks of the same
 * length, so the rules see "31 tổ dân phố" with the digits where they stand (offsets hold). Only when the words
 * say the bracketed number: "năm ba (03)" is read from "ba", and words that say another number change nothing.
 */
final class NumberWords {
    private static final String WORD = "không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|tám|chín|mười|mươi|trăm"
            + "|linh|lẻ|nghìn|ngàn";
    private static final Pattern SPELT = CaseFold.compile("(?<!\\p{L})((?:(?:" + WORD + ")\\s+)+)\\(\\s*(\\d{1,3}"
            + "(?:\\.\\d{3})*)\\s*\\)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> DIGITS = List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy",
            "tám", "chín");

    private NumberWords() {
    }

    static String digitsOnly(String text) {
        Matcher m = SPELT.matcher(CaseFold.of(text)); // a folded pattern: offsets hold in the text
        StringBuilder out = null;
        while (m.find()) {
            long value = Long.parseLong(m.group(2).replace(".", ""));
            int wordsStart = sayingStart(m.group(1), value);
            if (wordsStart < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            int from = m.start(1) + wordsStart;
            for (int i = from; i < m.start(2); i++) {
                out.setCharAt(i, ' ');
            }
            for (int i = m.end(2); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /** Where in {@code words} the shortest run ending them that says {@code value} starts; -1 if none does. */
    private static int sayingStart(String words, long value) {
        String[] tokens = words.strip().split("\\s+");
        for (int first = tokens.length - 1; first >= 0; first--) {
            if (valueOf(tokens, first) == value) {
                int at = 0;
                for (int i = 0; i < first; i++) {
                    at = words.indexOf(tokens[i], at) + tokens[i].length();
                }
                return words.indexOf(tokens[first], at);
            }
        }
        return -1;
    }

    private static long valueOf(String[] tokens, int first) {
        long total = 0;
        long chunk = 0;
        long last = 0;
        for (int i = first; i < tokens.length; i++) {
            String t = tokens[i].toLowerCase(Locale.ROOT);
            int digit = digit(t);
            if (digit >= 0) {
                last = digit;
                chunk += digit;
            } else if (t.equals("mười")) {
                chunk += 10;
                last = 0;
            } else if (t.equals("mươi")) {
                chunk += last * 9;
                last = 0;
            } else if (t.equals("trăm")) {
                chunk += last * 99;
                last = 0;
            } else if (t.equals("nghìn") || t.equals("ngàn")) {
                total += chunk * 1000;
                chunk = 0;
                last = 0;
            }
        }
        return total + chunk;
    }

    /** The digit a word says ("mốt" and "tư" after tens, "lăm" for five), or -1. */
    static int digit(String word) {
        return switch (word) {
            case "mốt" -> 1;
            case "tư" -> 4;
            case "lăm", "nhăm" -> 5;
            default -> DIGITS.indexOf(word);
        };
    }
}
