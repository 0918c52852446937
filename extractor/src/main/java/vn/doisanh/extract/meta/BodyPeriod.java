package vn.doisanh.extract.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.ReportPeriod;

/**
 * The period a report covers, read from its body when its heading names none: the first span the text states
 * ("Từ ngày 1-10 đến ngày 31-12-2025 …", "Quý III/2025, …", "sau một năm vận hành chính quyền địa phương hai
 * cấp"). A span compared against ("so với cùng kỳ năm 2024", "quý trước") is not the report's own.
 */
public final class BodyPeriod {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FIRST_YEAR = Pattern.compile("(?:sau|qua) (?:một|01|1) năm (?:vận hành|triển khai|"
            + "thực hiện|hoạt động)?(?: mô hình)? ?chính quyền (?:địa phương )?(?:hai|02|2) cấp|sơ kết (?:một|01|1) năm",
            FLAGS);
    private static final Pattern COMPARED = Pattern.compile("(?:cùng kỳ|so với|năm trước|kỳ trước|quý trước)\\W*"
            + "(?:\\p{L}+\\W+){0,2}$", FLAGS);

    private BodyPeriod() {
    }

    /** A period found in the body, with the sentence that states it. */
    public record Found(ReportPeriod period, String sentence) {
    }

    public static Optional<Found> detect(String flowText) {
        List<Candidate> candidates = new ArrayList<>();
        collect(FIRST_YEAR, flowText, m -> Optional.of(Periods.firstYearOfTwoTierGovernment()), candidates);
        collect(DateRange.PATTERN, flowText, m -> DateRange.of(m).map(d -> Periods.range(d[0], d[1])), candidates);
        collect(PeriodDetector.QUARTER, flowText, m -> Optional.of(Periods.quarter(Integer.parseInt(m.group(2)),
                DateText.romanOrArabicQuarter(m.group(1)))), candidates);
        collect(PeriodDetector.HALF, flowText, m -> Optional.of(Periods.half(Integer.parseInt(m.group(2)),
                m.group(1).equalsIgnoreCase("đầu") ? 1 : 2)), candidates);
        collect(PeriodDetector.NINE_MONTHS, flowText, m -> Optional.of(Periods.nineMonths(Integer.parseInt(m.group(1)))), candidates);
        return candidates.stream().min(Comparator.comparingInt(Candidate::at))
                .map(c -> new Found(c.period(), sentenceAround(flowText, c.at())));
    }

    private record Candidate(int at, ReportPeriod period) {
    }

    private static void collect(Pattern pattern, String text, Function<Matcher, Optional<ReportPeriod>> read,
            List<Candidate> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (isCompared(text, m.start())) {
                continue;
            }
            Optional<ReportPeriod> period = read.apply(m);
            if (period.isPresent()) {
                into.add(new Candidate(m.start(), period.get()));
                return;
            }
        }
    }

    private static boolean isCompared(String text, int at) {
        return COMPARED.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }

    private static String sentenceAround(String text, int at) {
        int start = Math.max(Math.max(text.lastIndexOf('\n', at), text.lastIndexOf(". ", at)) + 1, 0);
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end;
        return text.substring(start, Math.min(end, start + 300)).strip();
    }
}
