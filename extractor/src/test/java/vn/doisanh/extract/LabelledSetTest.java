package vn.doisanh.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall over hand-labelled reports written without reading the rules. The development set
 * ("labelled") is the one rules were tuned on; the held-out set ("heldout") is never used for tuning, only
 * measured: its figures are the honest ones. Floors sit a little under the measured values, so a rule change
 * that loses figures fails here.
 *
 * <p>Since issue 12's third session a report the extractor dates to another period than its label counts every fact
 * it read as wrong (the warehouse would file them all under that period). Scored so, the reader of commit 0a59a8b
 * misdated 15 of 64 labelled reports: independent 0.480 / 0.315 / 126 wrong, independent-2 0.493 / 0.374 / 101,
 * independent-3 0.689 / 0.447 / 75, independent-4 0.506 / 0.291 / 151. Reading the period from the first span the
 * title names (and from the body only with its year) dates all of them right or holds them.
 */
class LabelledSetTest {
    private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();
    /**
     * Measured on the second independent set at its first and only scoring (precision 0.893, recall 0.677, 9 wrong).
     * Since "a number belongs to its noun" (issue 15: 38 wrong values of the synthetic round trip removed), one
     * subset count that a wrong rule used to take and a conflict then dropped is read as the figure: 0.889, 0.673,
     * 10 wrong. The set was not read to find that; the floors follow the measurement.
     */
    private static final int WRONG_2 = 2;
    private static final double PRECISION_2 = 0.94;
    private static final double RECALL_2 = 0.86;

    @Test
    void development_set_is_extracted_with_high_precision_and_recall() throws Exception {
        LabelledSets.Score total = measure("labelled");
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void held_out_set_is_extracted_with_precision_and_recall_above_the_floor() throws Exception {
        LabelledSets.Score total = measure("heldout");
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.88);
        assertThat(total.wrong()).isLessThanOrEqualTo(0);
    }

    /**
     * The independent set was written by someone who never read the rules, the code or the other sets, in styles
     * none of them has (press articles, council sessions, multi-column tables, nested outlines, no period in the
     * heading). Issue 12's targets are recall 0.95, precision 0.995 and no wrong value; until they are met these
     * floors sit at what is measured, so a change that loses figures or adds a wrong value fails here.
     */
    @Test
    void independent_set_is_read_no_worse_than_last_measured() throws Exception {
        LabelledSets.Score total = measure("independent");
        assertThat(total.wrong()).isLessThanOrEqualTo(1);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.81);
    }

    /**
     * The second independent set was written after every rule change of issue 12's first session and measured
     * once at its end, never used to decide a change: its figures are the honest ones for the reader as it stands.
     */
    @Test
    void second_independent_set_is_read_no_worse_than_when_first_measured() throws Exception {
        LabelledSets.Score total = measure("independent-2");
        assertThat(total.wrong()).isLessThanOrEqualTo(WRONG_2);
        assertThat(total.precision()).isGreaterThanOrEqualTo(PRECISION_2);
        assertThat(total.recall()).isGreaterThanOrEqualTo(RECALL_2);
    }

    /**
     * The third independent set (13 reports, 387 facts) was written in issue 15's session by a helper that never read
     * the rules, the code or the other sets, and scored twice: on the reader as the session found it (precision
     * 0.963, recall 0.610, 6 wrong, one report refused for a unit name that is a person's) and after the session's
     * changes (0.964, 0.625, 6: that report is now held with its figures for an analyst to name the unit).
     */
    @Test
    void third_independent_set_is_read_no_worse_than_when_first_measured() throws Exception {
        LabelledSets.Score total = measure("independent-3");
        assertThat(total.wrong()).isLessThanOrEqualTo(6);
        // 0.967 since issue 12's sixth session: sets 5 to 8 date "giải ngân … đến 30/6/2026" from 1 January, this
        // set labels it with no span of its own; the majority was followed.
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.96);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.83);
    }

    /**
     * The fourth independent set (15 reports, 601 facts, 1,014 distractors) was written in issue 12's third session
     * by a helper that never read the rules, the code or the other sets, and never ran the reader. Scored on the
     * reader of commit 0a59a8b (precision 0.861, recall 0.496, 23 wrong; the .csv template refused for the title rows
     * above its header) and with path reading of nested outlines (0.860, 0.501, 24 wrong). Since then it has been a
     * development set (its failures were read to find the period, sheet, table and phrasing changes): at the
     * session's end 0.925, 0.614, 7 wrong.
     */
    @Test
    void fourth_independent_set_is_read_no_worse_than_when_first_measured() throws Exception {
        LabelledSets.Score total = measure("independent-4");
        assertThat(total.wrong()).isLessThanOrEqualTo(4);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.96);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.75);
    }

    /**
     * The fifth independent set (12 reports, 517 facts, 796 distractors: a speech, a tờ trình, an e-mail in
     * abbreviations, an English-notation KPI sheet, Word tables with unit/plan/result columns, a council committee's
     * verification PDF, an .xlsx template with title rows…) was written in issue 12's third session by a helper that
     * never read the rules, the code or the other sets, while the reader was being changed; nobody has read its
     * failures. Scored on the reader of commit 0a59a8b (precision 0.617, recall 0.321, 94 wrong: four reports
     * misdated, the .xlsx refused), on the reader when it was written (0.735, 0.360, 55 wrong: two reports
     * misdated) and at that session's end (0.737, 0.364, 54 wrong); only these totals were looked at. In issue 12's
     * fourth session, once set 6 was written, its failures were read: a development set since (0.957, 0.600, 6 wrong).
     */
    @Test
    void fifth_independent_set_is_read_no_worse_than_when_first_measured() throws Exception {
        LabelledSets.Score total = measure("independent-5");
        assertThat(total.wrong()).isLessThanOrEqualTo(5);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.82);
    }

    /**
     * The sixth independent set (14 reports, 822 facts, 602 distractors: mostly ordinary periodic reports in different
     * offices' habits, a briefing's minutes, a Word appendix by month, an office's own .xlsx and .csv, a PDF
     * self-assessment, a correction letter) was written in issue 12's fourth session by a helper that never read the
     * rules, the code or the other sets. Its honest scores, totals only: 0.720, 0.369, 94 wrong on the session's
     * starting reader (207a435) and 0.707, 0.382, 108 wrong on the reader when its failures were first read (three
     * reports misdated). A development set since: 0.962, 0.741, 6 wrong.
     */
    @Test
    void sixth_independent_set_is_read_no_worse_than_when_first_measured() throws Exception {
        LabelledSets.Score total = measure("independent-6");
        assertThat(total.wrong()).isLessThanOrEqualTo(0);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * The seventh independent set (14 reports, 536 facts, 410 distractors) was written in issue 12's fourth session,
     * while set 6 was being read, by a helper that never read the rules, the code or the other sets; nobody has read
     * its failures. Totals only: 0.841, 0.453, 24 wrong on the session's starting reader (207a435); 0.855, 0.483,
     * 22 wrong at the session's end. Two of its reports are misdated, on both readers. Read as a development set
     * in the fifth session, once set 8 was written: 0.942, 0.728, 2 wrong.
     */
    @Test
    void seventh_independent_set_is_read_no_worse_than_when_first_measured() throws Exception {
        LabelledSets.Score total = measure("independent-7");
        assertThat(total.wrong()).isLessThanOrEqualTo(2);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.96);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.78);
    }

    /**
     * The eighth independent set (14 reports, 592 facts, 1,010 distractors) was written in issue 12's fifth session
     * by a helper that never read the rules, the code or the other sets; nobody has read its failures. Totals only:
     * 0.895, 0.534, 14 wrong on the session's starting reader (049f8b9); 0.894, 0.613, 13 wrong at the session's end.
     * One report was refused on the starting reader (two units named as authors) and is held since. Read as a
     * development set in the sixth session, once set 9 was written: 0.943, 0.861, 6 wrong.
     */
    @Test
    void eighth_independent_set_is_read_no_worse_than_when_first_measured() throws Exception {
        LabelledSets.Score total = measure("independent-8");
        assertThat(total.wrong()).isLessThanOrEqualTo(6);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.91);
    }

    /**
     * The ninth independent set (14 reports, 449 facts, 563 distractors) was written in issue 12's sixth session by a
     * helper that never read the rules, the code or the other sets; nobody has read its reports or failures. Totals
     * only: 0.750, 0.381, 46 wrong on the session's starting reader (84d640d); 0.774, 0.457, 48 wrong at the
     * session's end. Two of its reports are misdated on both readers. Read as a development set in the seventh
     * session, once set 10 was written: 0.959, 0.829, 4 wrong at its end.
     */
    @Test
    void ninth_independent_set_is_read_no_worse_than_when_first_measured() throws Exception {
        LabelledSets.Score total = measure("independent-9");
        assertThat(total.wrong()).isLessThanOrEqualTo(4);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.96);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * The tenth independent set (14 reports, 574 facts, 516 distractors; 3 .docx, 2 .pdf, 1 .xlsx) was written in issue
     * 12's seventh session by a helper that never read the rules, the code or the other sets; nobody has read its
     * reports or failures. Totals only: 0.898, 0.643, 9 wrong on the session's starting reader (718ed7f); one report
     * is misdated on it; 0.907, 0.664, 9 wrong at the session's end. Read as a development set in the eighth
     * session, once set 11 was written: 0.996, 0.904, 0 wrong at its end (stocks at the period's end scored as
     * undated ones, see {@link LabelledSets}).
     */
    @Test
    void tenth_independent_set_is_read_no_worse_than_when_first_measured() throws Exception {
        LabelledSets.Score total = measure("independent-10");
        assertThat(total.wrong()).isLessThanOrEqualTo(0);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * The eleventh independent set (14 reports, 519 facts, 538 distractors; 3 .docx, 2 .pdf, 1 .xlsx) was written in
     * issue 12's eighth session by a helper that never read the rules, the code or the other sets; nobody has read its
     * reports or failures. Totals only: 0.789, 0.518, 69 wrong on the session's starting reader (behaviour of 070cc6b),
     * 0.786, 0.532, 70 wrong at the session's end (two of its reports are misdated or refused on both readers).
     */
    @Test
    void eleventh_independent_set_is_read_no_worse_than_when_first_measured() throws Exception {
        LabelledSets.Score total = measure("independent-11");
        assertThat(total.wrong()).isLessThanOrEqualTo(70);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.78);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.53);
    }

    private static LabelledSets.Score measure(String set) throws Exception {
        Path folder = Path.of("src/test/resources", set);
        List<LabelledSets.Score> scores = new ArrayList<>();
        for (Path report : LabelledSets.reports(folder)) {
            scores.add(LabelledSets.scoreOrRefused(EXTRACTOR, report));
        }
        LabelledSets.Score total = LabelledSets.total(scores);
        scores.forEach(s -> print(set, s));
        print(set, total);
        return total;
    }

    private static void print(String set, LabelledSets.Score score) {
        System.out.printf(Locale.ROOT, "[%s] %-36s expected %3d extracted %3d correct %3d wrong %2d precision %.3f recall %.3f%n",
                set, score.file(), score.expected(), score.extracted(), score.truePositives(), score.wrong(),
                score.precision(), score.recall());
    }
}
