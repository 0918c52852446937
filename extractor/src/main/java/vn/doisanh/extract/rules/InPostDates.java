package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.meta.DateText;
import vn.doisanh.extract.model.Fact;

/**
 * "Đến ngày 30/11/2026, xã có 47 cán bộ, công chức có mặt …; khối giáo dục được giao 486, có mặt 471": a count in
 * post later in the same line of text, with no date of its own, is counted on the day the line's first one is, or
 * on the day a bracket later in its sentence names.
 */
final class InPostDates {
    private static final Pattern DATE_IN_BRACKETS = Pattern.compile("(?:[^.()]|\\.(?=\\d))*?\\(\\s*(?:số liệu\\s+)?"
            + "(?:tính\\s+)?(?:đến|tới)(?:\\s+hết)?(?:\\s+ngày)?\\s+(\\d{1,2}/\\d{1,2}/\\d{4})\\s*\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private InPostDates() {
    }

    static List<Fact> carriedAlongTheLine(List<Fact> facts) {
        List<Fact> dated = new ArrayList<>();
        for (Fact fact : facts) {
            if (!isInPost(fact) || fact.qualifier().asOf() != null) {
                dated.add(fact);
                continue;
            }
            Optional<String> day = dayOfAnEarlierCountOnItsLine(fact, facts).or(() -> dayInBracketsAfter(fact));
            dated.add(day.map(d -> withAsOf(fact, d)).orElse(fact));
        }
        return dated;
    }

    /**
     * "… giao 421, có mặt 408; Trạm Y tế giao 17, có mặt 16 (đến 30/11/2026).": a date in brackets later in the
     * sentence dates the counts in post before it.
     */
    private static Optional<String> dayInBracketsAfter(Fact fact) {
        String sentence = fact.evidence().text();
        String matched = fact.evidence().matched();
        int at = sentence.indexOf(matched);
        int lastDigit = matched.length() - 1;
        while (lastDigit >= 0 && !Character.isDigit(matched.charAt(lastDigit))) {
            lastDigit--;
        }
        if (at < 0 || lastDigit < 0) {
            return Optional.empty();
        }
        Matcher bracket = DATE_IN_BRACKETS.matcher(sentence).region(at + lastDigit + 1, sentence.length());
        if (!bracket.lookingAt()) {
            return Optional.empty();
        }
        return DateText.parse(bracket.group(1)).map(java.time.LocalDate::toString);
    }

    /** The one date the earlier counts in post of the line agree on; none when they disagree. */
    private static Optional<String> dayOfAnEarlierCountOnItsLine(Fact fact, List<Fact> facts) {
        List<String> days = facts.stream().filter(f -> isInPost(f) && f.qualifier().asOf() != null
                        && f.evidence().location().equals(fact.evidence().location())
                        && f.evidence().offset() <= fact.evidence().offset())
                .map(f -> f.qualifier().asOf()).distinct().toList();
        return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
    }

    private static boolean isInPost(Fact fact) {
        return fact.indicator().endsWith("_present");
    }

    private static Fact withAsOf(Fact fact, String day) {
        return new Fact(fact.indicator(), fact.value(), fact.unit(), fact.qualifier().withAsOf(day), fact.evidence(),
                fact.rule());
    }
}
