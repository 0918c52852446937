package vn.doisanh.extract.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.ReportPeriod;

/**
 * The period a report covers, read from its body when its title names none: the first span the text states with
 * its year ("Từ ngày 1-10 đến ngày 31-12-2025 …", "trong ba tháng cuối năm 2025", "Trong 6 tháng đầu năm nay",
 * "sau một năm vận hành chính quyền địa phương hai cấp"). A span compared against ("so với cùng kỳ năm 2024",
 * "quý trước") or run up to ("lũy kế từ 01/7/2025 …") is not the report's own, and a span whose year the body
 * leaves out is not guessed.
 */
public final class BodyPeriod {
    private static final Pattern COMPARED = Pattern.compile("(?:cùng kỳ|so với|năm trước|kỳ trước|quý trước|lũy kế"
            + "|luỹ kế|cộng dồn|kể từ|tính từ)\\W*(?:\\p{L}+\\W+){0,2}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAMED_AS_THE_PERIOD = Pattern.compile("(?:thời kỳ|kỳ|thời gian|phạm vi)\\s+"
            + "(?:kiểm tra|báo cáo|số liệu|đánh giá|giám sát)\\s*:?\\s*(?:là\\s*)?(?:từ\\s*)?(?:ngày\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "số liệu của tháng vừa qua (tháng 5)": the span just ended, named as such. */
    private static final Pattern JUST_PAST = Pattern.compile("(?:tháng|quý)\\s+(?:vừa\\s+)?qua\\s*[(:,–-]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How long after the span it names a report calling it "vừa qua" may be signed. */
    private static final int JUST_PAST_DAYS = 45;

    private BodyPeriod() {
    }

    /** A period found in the body, with the sentence that states it. */
    public record Found(ReportPeriod period, String sentence) {
    }

    public static Optional<Found> detect(String flowText) {
        LocalDate signed = PeriodDetector.reportDate(flowText).orElse(null);
        List<PeriodPhrases.Mention> candidates = PeriodPhrases.find(flowText, signed).stream()
                .filter(m -> m.yearWritten() || isJustPast(flowText, m, signed))
                .filter(m -> !isCompared(flowText, m.start()))
                .filter(m -> !PeriodDetector.startsAfterSigning(m, flowText))
                .toList();
        // "Thời kỳ kiểm tra: từ ngày 01/01/2026 đến ngày 31/8/2026" names the span the figures cover, though the
        // days of the visit ("từ ngày 15/9 đến ngày 17/9/2026") come first.
        return candidates.stream().filter(m -> isNamedAsThePeriod(flowText, m.start())).findFirst()
                .or(() -> candidates.stream().findFirst())
                .map(m -> new Found(m.period(), sentenceAround(flowText, m.start())));
    }

    private static boolean isNamedAsThePeriod(String text, int at) {
        return NAMED_AS_THE_PERIOD.matcher(text.substring(Math.max(0, at - 50), at)).find();
    }

    /**
     * A month or quarter without its year is the report's own only when the text calls it the one just past and the
     * signing date, which gave it its year, falls within weeks of its end.
     */
    private static boolean isJustPast(String text, PeriodPhrases.Mention mention, LocalDate signed) {
        if (signed == null || !JUST_PAST.matcher(text.substring(Math.max(0, mention.start() - 30), mention.start()))
                .find()) {
            return false;
        }
        LocalDate end = mention.period().end();
        return end.isBefore(signed) && !end.plusDays(JUST_PAST_DAYS).isBefore(signed);
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
