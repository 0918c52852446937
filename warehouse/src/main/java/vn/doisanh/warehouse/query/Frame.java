package vn.doisanh.warehouse.query;

import java.time.LocalDate;

/**
 * A comparison frame: a period some report covers. {@code units} have a value in it (reported for exactly this
 * period, or rolled up from shorter ones), {@code unitsReporting} sent a report for exactly this period.
 * {@code months} is null for periods that are not whole calendar months.
 */
public record Frame(String periodKey, LocalDate start, LocalDate end, String label, Integer months, int units,
        int unitsReporting) {
}
