package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "tiếp nhận một nghìn ba trăm hai mươi tư hồ sơ", "đạt chín mươi chín phẩy bảy mươi hai phần trăm", "năm tỷ hai trăm
 * mười triệu đồng": a figure spoken in words, as a radio bulletin or a speech writes it. The rules see it in digits,
 * set at the end of the words' place with blanks before ("… 1.324 hồ sơ"), so offsets hold. Only a run that can be
 * nothing but a number is read: one with a word of tens, hundreds or more ("hai mươi", "một trăm"), a decimal, or a
 * lone small number right before a counted noun ("ba hồ sơ"); never "một số", "năm 2026", "thứ hai".
 */
final class SpeltNumbers {
    private static final String DIGIT = "không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|tám|chín";
    private static final String WORD = DIGIT + "|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|triệu|tỷ";
    private static final Pattern RUN = CaseFold.compile("(?<![\\p{L}\\d])(?:(?:" + WORD + ")\\s+)*"
            + "(?:(?:" + WORD + ")(?![\\p{L}\\d]))(?:\\s+phẩy(?:\\s+(?:" + WORD + "))+)?(?:\\s+phần\\s+trăm)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BIG = CaseFold.compile("(?<!\\p{L})(?:mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|phẩy)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COUNTED = CaseFold.compile("^\\s+(?:hồ sơ|hộ|phòng|cán bộ|công chức|người|văn bản"
            + "|đơn vị|trường|thôn|tổ dân phố|biên chế)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ORDINAL_OR_NAME = CaseFold.compile("(?:thứ|tháng|ngày|năm|số|tuần|quý|lần|Tin)\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LONE_WORD = CaseFold.compile("\\s*(?:một|không|năm)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SpeltNumbers() {
    }

    static String asDigits(String text) {
        String folded = CaseFold.of(text); // the patterns are folded: they match it, offsets hold in the text
        Matcher m = RUN.matcher(folded);
        char[] out = null;
        while (m.find()) {
            String run = m.group();
            boolean big = BIG.matcher(run).find();
            String after = folded.substring(m.end(), Math.min(text.length(), m.end() + 20));
            String before = folded.substring(Math.max(0, m.start() - 8), m.start());
            if (ORDINAL_OR_NAME.matcher(before).find() && !big || !big && !COUNTED.matcher(after).find()
                    || after.stripLeading().startsWith("(")) {
                continue; // "(99,72%)" after the words: the digits are written already
            }
            if (LONE_WORD.matcher(run).matches()) {
                continue; // "giải quyết một hồ sơ" is one of them, "không" is "not": never a figure alone
            }
            String digits = digitsOf(run);
            if (digits == null || digits.length() > run.length()) {
                continue;
            }
            out = out == null ? text.toCharArray() : out;
            int start = m.end() - digits.length();
            for (int i = m.start(); i < start; i++) {
                out[i] = ' ';
            }
            digits.getChars(0, digits.length(), out, start);
        }
        return out == null ? text : new String(out);
    }

    /** The run in digits ("1.324", "99,72%", "5.210 triệu"), or null when its words make no number. */
    static String digitsOf(String run) {
        String lower = run.toLowerCase(Locale.ROOT).strip();
        boolean percent = lower.endsWith("phần trăm");
        if (percent) {
            lower = lower.substring(0, lower.length() - "phần trăm".length()).strip();
        }
        String[] halves = lower.split("\\s+phẩy\\s+");
        String[] words = halves[0].split("\\s+");
        String scale = words[words.length - 1].equals("triệu") || words[words.length - 1].equals("tỷ")
                ? words[words.length - 1] : null;
        Long whole = scale == null ? valueOf(words) : millions(words);
        if (whole == null) {
            return null;
        }
        String digits = grouped(whole);
        if (halves.length == 2) {
            String fraction = fractionOf(halves[1].split("\\s+"));
            if (fraction == null || scale != null) {
                return null;
            }
            digits += "," + fraction;
        }
        if (scale != null) {
            digits += " triệu";
        }
        return percent ? digits + "%" : digits;
    }

    /** "năm tỷ hai trăm mười triệu" as 5.210 (million), "bốn mươi mốt tỷ" as 41.000. */
    private static Long millions(String[] words) {
        List<String> billions = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean seenBillion = false;
        for (String w : words) {
            if (w.equals("tỷ")) {
                seenBillion = true;
            } else if (!w.equals("triệu")) {
                (seenBillion ? rest : billions).add(w);
            }
        }
        if (!seenBillion) {
            rest = billions;
            billions = List.of();
        }
        Long b = billions.isEmpty() ? Long.valueOf(0) : valueOf(billions.toArray(String[]::new));
        Long r = rest.isEmpty() ? Long.valueOf(0) : valueOf(rest.toArray(String[]::new));
        return b == null || r == null ? null : b * 1000 + r;
    }

    /** Below a billion; null when the words break the grammar ("ba bốn", "trăm" with nothing before it). */
    private static Long valueOf(String[] words) {
        long total = 0;
        long group = 0;
        long pending = -1;
        for (String w : words) {
            int digit = NumberWords.digit(w);
            if (digit >= 0) {
                if (pending >= 0) {
                    return null;
                }
                pending = digit;
            } else if (w.equals("mười")) {
                if (pending >= 0) {
                    return null;
                }
                group += 10;
            } else if (w.equals("mươi") || w.equals("trăm")) {
                if (pending < 0) {
                    return null;
                }
                group += pending * (w.equals("mươi") ? 10 : 100);
                pending = -1;
            } else if (w.equals("nghìn") || w.equals("ngàn") || w.equals("triệu")) {
                if (group == 0 && pending < 0) {
                    return null; // "nghìn đồng": a unit, no number
                }
                total += (group + Math.max(pending, 0)) * (w.equals("triệu") ? 1_000_000 : 1000);
                group = 0;
                pending = -1;
            } else if (!w.equals("linh") && !w.equals("lẻ")) {
                return null;
            }
        }
        return total + group + Math.max(pending, 0);
    }

    private static String fractionOf(String[] words) {
        Long value = valueOf(words);
        boolean plainDigits = java.util.Arrays.stream(words).allMatch(w -> NumberWords.digit(w) >= 0);
        if (plainDigits) {
            StringBuilder digits = new StringBuilder();
            for (String w : words) {
                digits.append(NumberWords.digit(w));
            }
            return digits.toString();
        }
        return value == null ? null : Long.toString(value);
    }

    private static String grouped(long value) {
        String plain = Long.toString(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(plain.charAt(i));
        }
        return out.toString();
    }
}
